import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { visibleChildren, type NavNode, type NavSection } from '../../lib/content/docs-tree';
import { DEFAULT_NAV_ICON } from '../../lib/content/nav-icon';
import { navIconMarkup } from '../../lib/generated/nav-icons';
import classes from './LeftNav.module.css';

/**
 * The docs navigation, server-rendered from the content tree. Sections are <details>, so they
 * open and close without JavaScript; the current page's sections start open. Top-level
 * sections list their pages everywhere; deeper sections only on the path to the current page,
 * elsewhere they link to their own index. So a page's nav grows with the breadth of the tree,
 * not with its size: every page listing every page would make a 5,000-page site's HTML and
 * build quadratic.
 *
 * The list is written as HTML (hast), not React elements: on a big site the nav is most of a
 * page's markup, and as elements it took 40% of the prerender time at 5,000 pages.
 */
export function LeftNav({ root, currentUrl }: { root: NavSection; currentUrl: string }) {
  const items = [link(root.url, 'Docs home', currentUrl), ...visibleChildren(root).map((child) => item(child, currentUrl, 0))];
  return <ul className={classes.list} dangerouslySetInnerHTML={{ __html: toHtml(items, { allowDangerousHtml: true }) }} />;
}

function link(url: string, label: string, currentUrl: string): ElementContent {
  return h('li', h('a', { className: [classes.link], href: url, ariaCurrent: currentUrl === url ? 'page' : undefined }, label));
}

/** A section's icon: Tabler's SVG, rendered at build by scripts/build/nav-icons.ts; unknown names draw the default. */
function icon(section: NavSection): ElementContent[] {
  const svg = section.icon ? (navIconMarkup[section.icon] ?? navIconMarkup[DEFAULT_NAV_ICON]) : undefined;
  return svg ? [{ type: 'raw', value: svg }] : [];
}

function item(node: NavNode, currentUrl: string, depth: number): ElementContent {
  if (node.kind === 'page') return link(node.url, node.label, currentUrl);
  const onPath = currentUrl.startsWith(node.url);
  if (depth > 0 && !onPath)
    return h('li', h('a', { className: [classes.link, classes.collapsed], href: node.url }, [...icon(node), h('span', node.label)]));
  return h(
    'li',
    h('details', { className: [classes.section], open: onPath, dataDepth: depth }, [
      // `docs-nav-summary`: e2e/sync.spec.ts finds a section's heading by it.
      h('summary', { className: ['docs-nav-summary', classes.summary] }, [...icon(node), h('span', node.label)]),
      h('ul', { className: [classes.list] }, [
        link(node.url, 'Section overview', currentUrl),
        ...visibleChildren(node).map((child) => item(child, currentUrl, depth + 1)),
      ]),
    ]),
  );
}
