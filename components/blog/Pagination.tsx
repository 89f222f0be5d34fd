import { pageUrl } from '../../lib/site/blog/posts';
import classes from './Pagination.module.css';

/** Links to every page of the blog list, with previous and next. */
export function Pagination({ page, pages }: { page: number; pages: number }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Blog pages" className={classes.pagination}>
      {page > 1 ? (
        <a href={pageUrl(page - 1)} rel="prev">
          ← Newer posts
        </a>
      ) : (
        <span />
      )}
      <ol>
        {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
          <li key={n}>
            {n === page ? (
              <span aria-current="page">{n}</span>
            ) : (
              <a href={pageUrl(n)} aria-label={`Page ${n}`}>
                {n}
              </a>
            )}
          </li>
        ))}
      </ol>
      {page < pages ? (
        <a href={pageUrl(page + 1)} rel="next">
          Older posts →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
