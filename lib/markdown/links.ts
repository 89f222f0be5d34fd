import path from 'node:path';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { siteConfig } from '../../site.config';
import { isContentFile, routeForSourcePath } from '../content/routes';
import { upstreamLocation, type VersionedSection } from '../content/versions';
import { redirectTargets } from '../content/redirects';

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** A path whose last segment names a file (`images/x.png`), not a folder or page. */
const FILE_NAME = /[^/]\.[a-z0-9]+$/i;
const OWN_HOSTS: ReadonlySet<string> = new Set(siteConfig.aliasHosts);

/**
 * Where a link in a content file should point on the site.
 * `sourceFilePath` is relative to `content/`, like contentlayer's `_raw.sourceFilePath`.
 * Returns the new href and whether it leaves the site.
 */
export function resolveHref(
  href: string,
  sourceFilePath: string,
  sections?: VersionedSection[],
): { href: string; external: boolean; movedFrom?: string } {
  const resolved = resolveTarget(href, sourceFilePath, sections);
  if (resolved.external || !resolved.href.startsWith('/')) return resolved;
  // A link to an old URL goes straight to where it moved (content/redirects.yaml), without the hop.
  const [pathname, hash] = resolved.href.split(/#(.*)/s, 2);
  // `/docs/operating/configuration` is the page `/docs/operating/configuration/`, as hosts serve it.
  const moved = redirectTargets().get(pathname) ?? redirectTargets().get(`${pathname}/`);
  if (!moved) return resolved;
  return { href: hash && !moved.includes('#') ? `${moved}#${hash}` : moved, external: false, movedFrom: pathname };
}

function resolveTarget(href: string, sourceFilePath: string, sections?: VersionedSection[]): { href: string; external: boolean } {
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
  if (href.startsWith('/')) return repositoryRootLink(href, sourceFilePath, sections) ?? { href, external: false };
  const [pathAndQuery, hash = ''] = href.split(/#(.*)/s, 2);
  const [filePart] = pathAndQuery.split('?', 1);
  const withHash = (route: string) => (hash ? `${route}#${hash}` : route);
  let target: string;
  try {
    target = path.posix.normalize(path.posix.join(path.posix.dirname(sourceFilePath), decodeURI(filePart)));
  } catch {
    return { href, external: false };
  }
  // Synced docs link files of their repository outside the docs folder: those live on GitHub, at the tag.
  const upstream = upstreamLocation(sourceFilePath, sections);
  if (upstream && filePart && !target.startsWith(`${upstream.root}/`) && target !== upstream.root) {
    const inRepository = path.posix.normalize(
      path.posix.join(path.posix.dirname(upstream.repoPath), path.posix.relative(path.posix.dirname(sourceFilePath), target)),
    );
    if (!inRepository.startsWith('../'))
      return { href: withHash(upstream.webUrl.replace(upstream.repoPath, inRepository)), external: true };
  }
  // Relative: `.md` links name a content file, as they do on GitHub.
  if (isContentFile(filePart)) {
    try {
      return { href: withHash(routeForSourcePath(target)), external: false };
    } catch {
      return { href, external: false };
    }
  }
  // Other files beside the Markdown (images, diagrams) are served at their path in content/.
  if (FILE_NAME.test(filePart) && !target.startsWith('../')) return { href: withHash(`/${target}`), external: false };
  return { href, external: false };
}

/** First path segments of the site's own URLs; any other absolute path in synced docs is a repository path. */
const siteLinks: readonly { href: string }[] = [
  ...siteConfig.nav,
  ...siteConfig.footer.flatMap((group): readonly { href: string }[] => group.links),
];
const SITE_ROOTS: ReadonlySet<string> = new Set([
  'docs',
  'blog',
  'assets',
  'og',
  ...siteLinks.map((link) => link.href.split('/')[1]).filter(Boolean),
]);

/**
 * Synced docs write links to their repository's files from its root, as GitHub reads them
 * (`/documentation/examples/prometheus-kubernetes.yml`): those go to the file at the tag.
 */
function repositoryRootLink(
  href: string,
  sourceFilePath: string,
  sections?: VersionedSection[],
): { href: string; external: boolean } | null {
  if (href.startsWith('//') || SITE_ROOTS.has(href.split(/[/?#]/)[1])) return null;
  const upstream = upstreamLocation(sourceFilePath, sections);
  if (!upstream) return null;
  return { href: upstream.webUrl.replace(`/${upstream.repoPath}`, href), external: true };
}

declare module 'vfile' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- augments vfile's interface: only an interface merges
  interface DataMap {
    /** The body's file, relative to content/: relative links resolve from it. */
    sourceFilePath: string;
  }
}

/** Rewrites links: `.md` files to routes, the site's own host to paths, and marks external links. */
export function rehypeLinks() {
  return (tree: Root, file: VFile) => {
    const sourceFilePath = file.data.sourceFilePath ?? '';
    visit(tree, 'element', (node: Element) => {
      // Images beside the Markdown, linked as upstream writes them (`images/x.png`).
      if (node.tagName === 'img' && typeof node.properties.src === 'string') {
        const { href, external } = resolveHref(node.properties.src, sourceFilePath);
        if (!external) node.properties.src = href;
      }
      if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return;
      const { href, external, movedFrom } = resolveHref(node.properties.href, sourceFilePath);
      node.properties.href = href;
      // Not fatal: the link works; the check shows it as a warning so the source gets the new URL.
      if (movedFrom)
        file.message(`Link to ${movedFrom}: that page moved to ${href} (content/redirects.yaml); link the new URL`, {
          place: node.position,
          ruleId: 'moved-link',
          source: 'content',
        });
      if (external) {
        node.properties.rel = ['noopener', 'noreferrer'];
        node.properties.dataExternal = 'true';
      }
    });
  };
}
