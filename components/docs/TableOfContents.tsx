import type { TocEntry } from '../../lib/collections/toc';
import classes from './TableOfContents.module.css';

/** "On this page": the h2/h3 list; lib/browser/table-of-contents.ts marks the section being read. */
export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <nav aria-labelledby="toc-title" className={classes.toc} data-toc data-pagefind-ignore>
      <p id="toc-title" className={classes.title}>
        On this page
      </p>
      <ul>
        {entries.map((entry) => (
          <li key={entry.id} data-depth={entry.depth}>
            {/* Under `next dev` React hydrates after the script has set aria-current. */}
            <a href={`#${entry.id}`} suppressHydrationWarning>
              {entry.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
