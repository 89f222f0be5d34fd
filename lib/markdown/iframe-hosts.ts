/**
 * Where content may embed players from, as URL prefixes: the allowlist accepts an `<iframe src>`
 * only under one of these (lib/markdown/allowlist.ts), and the Content-Security-Policy's frame-src
 * names the same prefixes (lib/deploy/headers.ts), so a frame from anywhere else is blocked twice.
 * Video talks on YouTube, without cookies where the author chose that.
 */
export const IFRAME_SOURCES: readonly string[] = ['https://www.youtube-nocookie.com/embed/', 'https://www.youtube.com/embed/'];
