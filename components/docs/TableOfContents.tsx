'use client';

import { useEffect, useState } from 'react';
import type { TocEntry } from '../../lib/content/toc';

/** Pixels below the top of the viewport where a heading counts as "being read" (under the sticky header). */
const READING_LINE = 96;

/** "On this page": the h2/h3 list, highlighting the section being read. */
export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  const [active, setActive] = useState<string | undefined>(undefined);

  useEffect(() => {
    const headings = entries.map((entry) => document.getElementById(entry.id)).filter((el): el is HTMLElement => el !== null);
    let frame = 0;
    const update = () => {
      frame = 0;
      let current = headings[0]?.id;
      for (const heading of headings) {
        if (heading.getBoundingClientRect().top <= READING_LINE) current = heading.id;
        else break;
      }
      // At the very bottom the last sections may never reach the line: the last one wins.
      if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2) current = headings.at(-1)?.id ?? current;
      setActive(current);
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      cancelAnimationFrame(frame);
    };
  }, [entries]);

  if (entries.length === 0) return null;
  return (
    <nav aria-labelledby="toc-title" className="toc" data-pagefind-ignore>
      <p id="toc-title" className="toc-title">
        On this page
      </p>
      <ul>
        {entries.map((entry) => (
          <li key={entry.id} data-depth={entry.depth}>
            <a href={`#${entry.id}`} aria-current={active === entry.id ? 'location' : undefined}>
              {entry.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
