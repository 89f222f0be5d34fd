import { HEADER_RULES } from './headers';
import type { Redirect } from '../content/redirects';

/** vercel.json: build the static export, redirects as HTTP 301s, and every header (lib/deploy/headers.ts). */
export function vercelConfig(redirects: Redirect[]) {
  return {
    $schema: 'https://openapi.vercel.sh/vercel.json',
    framework: null,
    installCommand: 'npm ci',
    buildCommand: 'npm run build',
    outputDirectory: 'out',
    trailingSlash: true,
    redirects: redirects.map(({ from, to }) => ({ source: from.replace(/\/$/, ''), destination: to, permanent: true })),
    headers: HEADER_RULES,
  };
}
