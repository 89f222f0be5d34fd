import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import type { Crumb } from '../../lib/content/docs-tree';
import classes from './PrevNextLinks.module.css';

/** The previous and next pages in nav order, across sections. */
export function PrevNextLinks({ prev, next }: { prev?: Crumb; next?: Crumb }) {
  if (!prev && !next) return null;
  return (
    <nav aria-label="Previous and next pages" className={classes.prevNext} data-pagefind-ignore>
      {prev ? (
        <a href={prev.url} rel="prev" className={classes.link}>
          <span className={classes.direction}>
            <IconArrowLeft size={14} aria-hidden /> Previous
          </span>
          <span className={classes.title}>{prev.title}</span>
        </a>
      ) : (
        <span />
      )}
      {next && (
        <a href={next.url} rel="next" className={`${classes.link} ${classes.next}`}>
          <span className={classes.direction}>
            Next <IconArrowRight size={14} aria-hidden />
          </span>
          <span className={classes.title}>{next.title}</span>
        </a>
      )}
    </nav>
  );
}
