import postcss, { type Rule } from 'postcss';

/** Mantine's scheme selectors, quoted or not (minified). */
const SCHEME = /\[data-mantine-color-scheme=(['"]?)(light|dark)\1\]/g;
/** Matches only while no script has set the scheme: JavaScript is off. */
const NO_SCRIPT_ROOT = ':root:not([data-mantine-color-scheme])';
const SYSTEM_MEDIA = { dark: '(prefers-color-scheme: dark)', light: 'not all and (prefers-color-scheme: dark)' } as const;

/**
 * Lets the system setting choose the colour scheme when JavaScript is off. Mantine keys its
 * light and dark rules on the attribute its head script sets; each such rule gets a copy
 * right after it, for a page without the attribute, inside a prefers-color-scheme query.
 * With JavaScript on, the attribute is always set and the copies never match.
 */
export function addSystemSchemeFallback(css: string): string {
  const root = postcss.parse(css);
  const rules: Rule[] = [];
  root.walkRules((rule) => {
    if (rule.selector.includes('data-mantine-color-scheme=')) rules.push(rule);
  });
  for (const rule of rules) {
    for (const scheme of ['light', 'dark'] as const) {
      const selectors = rule.selectors
        .filter((selector) => !selector.includes(':host') && [...selector.matchAll(SCHEME)].some((match) => match[2] === scheme))
        .filter((selector) => [...selector.matchAll(SCHEME)].every((match) => match[2] === scheme))
        .map((selector) => selector.replace(SCHEME, NO_SCRIPT_ROOT));
      if (!selectors.length) continue;
      const media = postcss.atRule({ name: 'media', params: SYSTEM_MEDIA[scheme] });
      media.append(rule.clone({ selectors }));
      rule.after(media);
    }
  }
  return root.toString();
}
