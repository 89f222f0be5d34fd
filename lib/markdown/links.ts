import path from 'node:path';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { siteConfig } from '../../site.config';
import { isContentFile, routeForSourcePath } from '../content/routes';

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const OWN_HOSTS: ReadonlySet<string> = new Set(siteConfig.aliasHosts);

/**
 * Where a link in a content file should point on the site.
 * `sourceFilePath` is relative to `content/`, like contentlayer's `_raw.sourceFilePath`.
 * Returns the new href and whether it leaves the site.
 */
export function resolveHref(href: string, sourceFilePath: string): { href: string; external: boolean } {
  if (href.startsWith('#')) return { href, external: false };
  if (href.startsWith('//') || HAS_SCHEME.test(href)) {
    let url: URL;
    try {
      url = new URL(href, siteConfig.url);
    } catch {
      return { href, external: false };
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { href, external: false };
    if (OWN_HOSTS.has(url.host)) return { href: `${url.pathname}${url.search}${url.hash}`, external: false };
    return { href, external: true };
  }
  if (href.startsWith('/')) return { href, external: false };
  // Relative: `.md` links name a content file, as they do on GitHub.
  const [pathAndQuery, hash = ''] = href.split(/#(.*)/s, 2);
  const [filePart] = pathAndQuery.split('?', 1);
  if (!isContentFile(filePart)) return { href, external: false };
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(sourceFilePath), decodeURI(filePart)));
  let route: string;
  try {
    route = routeForSourcePath(target);
  } catch {
    return { href, external: false };
  }
  return { href: hash ? `${route}#${hash}` : route, external: false };
}

/** Rewrites links: `.md` files to routes, the site's own host to paths, and marks external links. */
export function rehypeLinks(options: { sourceFilePath: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return;
      const { href, external } = resolveHref(node.properties.href, options.sourceFilePath);
      node.properties.href = href;
      if (external) {
        node.properties.rel = ['noopener', 'noreferrer'];
        node.properties.dataExternal = 'true';
      }
    });
  };
}
