import { visibleChildren, type NavSection } from '../../lib/content/docs-tree';
import { NavIcon } from './NavIcon';

/**
 * The docs navigation, server-rendered from the content tree. Sections are <details>, so they
 * open and close without JavaScript; the current page's sections start open. Top-level
 * sections list their pages everywhere; deeper sections only on the path to the current page,
 * elsewhere they link to their own index. So a page's nav grows with the breadth of the tree,
 * not with its size: every page listing every page would make a 5,000-page site's HTML and
 * build quadratic.
 */
export function LeftNav({ root, currentUrl }: { root: NavSection; currentUrl: string }) {
  return (
    <ul className="docs-nav-list">
      <li>
        <a href={root.url} className="docs-nav-link" aria-current={currentUrl === root.url ? 'page' : undefined}>
          Docs home
        </a>
      </li>
      {visibleChildren(root).map((child) => (
        <NavItem key={child.url} node={child} currentUrl={currentUrl} depth={0} />
      ))}
    </ul>
  );
}

function NavItem({ node, currentUrl, depth }: { node: NavSection['children'][number]; currentUrl: string; depth: number }) {
  const current = currentUrl === node.url ? 'page' : undefined;
  if (node.kind === 'page') {
    return (
      <li>
        <a href={node.url} className="docs-nav-link" aria-current={current}>
          {node.label}
        </a>
      </li>
    );
  }
  const onPath = currentUrl.startsWith(node.url);
  if (depth > 0 && !onPath) {
    return (
      <li>
        <a href={node.url} className="docs-nav-link docs-nav-collapsed">
          <NavIcon name={node.icon} />
          <span>{node.label}</span>
        </a>
      </li>
    );
  }
  return (
    <li>
      <details className="docs-nav-section" open={onPath} data-depth={depth}>
        <summary className="docs-nav-summary">
          <NavIcon name={node.icon} />
          <span>{node.label}</span>
        </summary>
        <ul className="docs-nav-list">
          <li>
            <a href={node.url} className="docs-nav-link" aria-current={current}>
              Section overview
            </a>
          </li>
          {visibleChildren(node).map((child) => (
            <NavItem key={child.url} node={child} currentUrl={currentUrl} depth={depth + 1} />
          ))}
        </ul>
      </details>
    </li>
  );
}
