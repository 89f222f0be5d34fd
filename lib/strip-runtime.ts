/** Inline scripts that feed React: the RSC payload and Turbopack's chunk list. */
const RUNTIME_INLINE = /^\s*\(?(self\.__next_f|globalThis\["TURBOPACK"\])/;

/**
 * A prerendered page without React's and Next's browser runtime: their script tags, script
 * preloads and the inline RSC payload go; every other script (the site script, the inline
 * head scripts of lib/inline-scripts.ts, JSON-LD) stays. Throws when anything of the runtime is left, so a
 * Next upgrade that changes this markup fails the build instead of shipping a broken page.
 */
export function stripRuntime(html: string): string {
  const stripped = html
    .replace(/<script\b[^>]*\bsrc="\/_next\/[^"]*"[^>]*><\/script>/g, '')
    .replace(/<link\b[^>]*\bas="script"[^>]*\/?>/g, '')
    .replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/g, (tag, attributes: string, body: string) => (!/\bsrc=/.test(attributes) && RUNTIME_INLINE.test(body) ? '' : tag));
  const left = /\/_next\/[^"]*\.js|__next_f|TURBOPACK/.exec(stripped);
  if (left) throw new Error(`strip-runtime: Next's runtime is still referenced (${left[0]}); update lib/strip-runtime.ts.`);
  return stripped;
}
