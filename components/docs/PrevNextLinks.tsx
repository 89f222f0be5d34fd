import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import type { Crumb } from '../../lib/content/docs-tree';

/** The previous and next pages in nav order, across sections. */
export function PrevNextLinks({ prev, next }: { prev?: Crumb; next?: Crumb }) {
  if (!prev && !next) return null;
  return (
    <nav aria-label="Previous and next pages" className="prev-next" data-pagefind-ignore>
      {prev ? (
        <a href={prev.url} rel="prev" className="prev-next-link">
          <span className="prev-next-direction">
            <IconArrowLeft size={14} aria-hidden /> Previous
          </span>
          <span className="prev-next-title">{prev.title}</span>
        </a>
      ) : (
        <span />
      )}
      {next && (
        <a href={next.url} rel="next" className="prev-next-link prev-next-link-next">
          <span className="prev-next-direction">
            Next <IconArrowRight size={14} aria-hidden />
          </span>
          <span className="prev-next-title">{next.title}</span>
        </a>
      )}
    </nav>
  );
}
