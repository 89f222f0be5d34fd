import { previewBranch } from '../lib/deploy/preview';
import { ProductionLink } from './ProductionLink';
import classes from './PreviewBanner.module.css';

/** On preview deploys only: which branch this is, and the same page on the production site. */
export function PreviewBanner() {
  const branch = previewBranch();
  if (!branch) return null;
  return (
    <aside className={classes.banner} aria-label="Preview" data-pagefind-ignore>
      Preview of <strong>{branch}</strong>. This is not the published site: <ProductionLink />
    </aside>
  );
}
