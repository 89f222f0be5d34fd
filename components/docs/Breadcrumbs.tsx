import type { Crumb } from '../../lib/content/docs-tree';
import classes from './Breadcrumbs.module.css';

/** Where the page sits in the docs: Docs › Section › Page (the last one is the current page). */
export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className={classes.breadcrumbs}>
      <ol>
        {crumbs.map((crumb, i) => (
          <li key={crumb.url}>
            {i === crumbs.length - 1 ? <span aria-current="page">{crumb.title}</span> : <a href={crumb.url}>{crumb.title}</a>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
