import { existsSync, readFileSync } from 'node:fs';
import { readYaml } from './yaml';

export type Redirect = { from: string; to: string };

/** content/redirects.yaml (its fields are checked by npm run check like any data file). */
export function loadRedirects(file = 'content/redirects.yaml'): Redirect[] {
  return (readYaml(readFileSync(file, 'utf8')) as { redirects: Redirect[] }).redirects;
}

let targets: Map<string, string> | undefined;

/** Old path → new URL, from content/redirects.yaml (read once; none when the file is missing). */
export function redirectTargets(): ReadonlyMap<string, string> {
  targets ??= existsSync('content/redirects.yaml') ? new Map(loadRedirects().map((r) => [r.from, r.to])) : new Map();
  return targets;
}

/** A page for static hosts without redirects: moves on at once, tells crawlers the new URL, and links to it. */
export function redirectPage(to: string, siteUrl: string): string {
  const absolute = new URL(to, siteUrl).href;
  const escaped = to.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Moved</title>
<meta http-equiv="refresh" content="0; url=${escaped}">
<link rel="canonical" href="${absolute.replace(/"/g, '&quot;')}">
<meta name="robots" content="noindex">
</head>
<body>
<p>This page has moved to <a href="${escaped}">${escaped}</a>.</p>
</body>
</html>
`;
}
