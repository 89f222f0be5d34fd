/** Where Next writes its assets in the export; nothing else of the site lives there. */
export const NEXT_PREFIX = '/_next/';

/** Next's JavaScript: what pages that run no React must not load. */
export const isNextScript = (sitePath: string | undefined): boolean =>
  sitePath !== undefined && sitePath.startsWith(NEXT_PREFIX) && /\.m?js$/.test(sitePath);

/**
 * The decoded path of `value` on this site, resolved against the path of the page or stylesheet
 * it is in; undefined when it points elsewhere (another host, data:, mailto:).
 */
export function sitePath(value: string, base: string, siteUrl: string): string | undefined {
  const site = new URL(siteUrl);
  let url: URL;
  try {
    url = new URL(value.trim(), new URL(base, site));
  } catch {
    return undefined;
  }
  if (url.origin !== site.origin) return undefined;
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    // A malformed escape is still a path a browser would request as written.
    return url.pathname;
  }
}

/** The URLs of a srcset: each candidate is a URL, then optional width or density descriptors. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0])
    .filter((url) => url !== '');
}

/** The URLs of a stylesheet or style attribute: url(…) and @import "…". */
export function cssUrls(css: string): string[] {
  const urls: string[] = [];
  // One group per quoting (double, single, none): `at` reads those that did not take part as undefined.
  for (const match of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^'")\s]*))\s*\)/gi)) urls.push(match.at(1) ?? match.at(2) ?? match[3]);
  for (const match of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)) urls.push(match.at(1) ?? match[2]);
  return urls.filter((url) => url !== '');
}
