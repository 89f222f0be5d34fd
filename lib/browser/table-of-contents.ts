/** Pixels below the top of the viewport where a heading counts as "being read" (under the sticky header). */
const READING_LINE = 96;

/** "On this page" (components/docs/TableOfContents.tsx, data-toc): marks the link of the section being read with aria-current. */
export function initTableOfContents(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc] a[href^="#"]')];
  const headings = links
    .map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))))
    .filter((el): el is HTMLElement => el !== null);
  if (!headings.length) return;
  let frame = 0;
  const update = () => {
    frame = 0;
    let current = headings[0].id;
    for (const heading of headings) {
      if (heading.getBoundingClientRect().top <= READING_LINE) current = heading.id;
      else break;
    }
    // At the very bottom the last sections may never reach the line: the last one wins.
    if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2) current = headings.at(-1)?.id ?? current;
    for (const link of links) {
      if (decodeURIComponent(link.hash.slice(1)) === current) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(update);
  };
  update();
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);
}
