// The one source of every HTTP header the site sends. `npm run vercel-config` writes these rules
// into vercel.json, and scripts/dev/serve.mjs sends what vercel.json declares, so production, previews,
// `npm run serve` and the tests all get the same headers. (Static export ignores next.config headers().)
import { createHash } from 'node:crypto';
import { INLINE_SCRIPTS } from '../site/inline-scripts';
import { IFRAME_SOURCES } from '../markdown/iframe-hosts';

export type Header = { key: string; value: string };
/** Headers for every request whose path matches `source` (path-to-regexp, as vercel.json takes it). */
export type HeaderRule = { source: string; headers: Header[] };

/** The CSP source expression allowing an inline script: the base64 sha256 of its exact text. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const DIRECTIVES: [name: string, sources: readonly string[]][] = [
  // Anything not named below comes from this site only.
  ['default-src', ["'self'"]],
  // The site script and Pagefind's from here, the head scripts by hash, and WebAssembly only because Pagefind searches with it.
  ['script-src', ["'self'", ...INLINE_SCRIPTS.map(scriptHash), "'wasm-unsafe-eval'"]],
  // Inline because Mantine writes its theme in <style> elements and style attributes, and Shiki colours code with style attributes.
  ['style-src', ["'self'", "'unsafe-inline'"]],
  // Content may show images from other https sites (logos, diagrams).
  ['img-src', ["'self'", 'https:']],
  // The self-hosted Inter and JetBrains Mono.
  ['font-src', ["'self'"]],
  // Pagefind fetches its wasm, index and fragments from here; nothing talks to other servers.
  ['connect-src', ["'self'"]],
  // Only the embeds content is allowed to have (lib/markdown/iframe-hosts.ts).
  ['frame-src', IFRAME_SOURCES],
  // Content may link audio or video from other https sites.
  ['media-src', ["'self'", 'https:']],
  // No plugins.
  ['object-src', ["'none'"]],
  // An injected <base> cannot redirect the site's relative URLs elsewhere.
  ['base-uri', ["'self'"]],
  // An injected form cannot post to another site.
  ['form-action', ["'self'"]],
  // No site may frame ours (clickjacking); X-Frame-Options says the same to old browsers.
  ['frame-ancestors', ["'none'"]],
  // A web app manifest, if one is added, comes from here.
  ['manifest-src', ["'self'"]],
  // Pagefind's search worker (/pagefind/pagefind-worker.js).
  ['worker-src', ["'self'"]],
];

/** The Content-Security-Policy every response carries. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

/** Content-hashed files (Next's CSS and fonts, the site script): a new version has a new URL. */
const IMMUTABLE: Header[] = [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }];

/** Every header rule, in the order vercel.json lists them. */
export const HEADER_RULES: HeaderRule[] = [
  {
    source: '/(.*)',
    headers: [
      // Only the scripts, styles, frames and connections the site itself uses (see DIRECTIVES).
      { key: 'Content-Security-Policy', value: CONTENT_SECURITY_POLICY },
      // Browsers must not guess a type other than the one we send (a .md served as HTML).
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      // Other sites see our origin, never the page path, and nothing over plain http.
      { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
      // No framing, for browsers without CSP frame-ancestors.
      { key: 'X-Frame-Options', value: 'DENY' },
      // A documentation site never needs the camera, microphone or location.
      { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
    ],
  },
  // Next's CSS, fonts and media: content-hashed file names.
  { source: '/_next/static/(.*)', headers: IMMUTABLE },
  // The site script: content-hashed file name (scripts/build/browser-bundle.ts).
  { source: '/js/(.*)', headers: IMMUTABLE },
];
