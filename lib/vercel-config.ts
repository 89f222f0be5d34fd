import type { Redirect } from './redirects';

/** Security headers for every response (static export ignores next.config headers()). */
const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

/** Content-hashed files (Next's CSS and fonts, the site script): cached for good. */
const IMMUTABLE = [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }];

/** vercel.json: build the static export, redirects as HTTP 301s, security and cache headers. */
export function vercelConfig(redirects: Redirect[]) {
  return {
    $schema: 'https://openapi.vercel.sh/vercel.json',
    framework: null,
    installCommand: 'npm ci',
    buildCommand: 'npm run build',
    outputDirectory: 'out',
    trailingSlash: true,
    redirects: redirects.map(({ from, to }) => ({ source: from.replace(/\/$/, ''), destination: to, permanent: true })),
    headers: [
      { source: '/(.*)', headers: SECURITY_HEADERS },
      { source: '/_next/static/(.*)', headers: IMMUTABLE },
      { source: '/js/(.*)', headers: IMMUTABLE },
    ],
  };
}
