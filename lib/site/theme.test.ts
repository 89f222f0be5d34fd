import { readFileSync } from 'node:fs';
import { DEFAULT_THEME, defaultCssVariablesResolver, mergeMantineTheme } from '@mantine/core';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { PROMQL_COLOURS } from '../markdown/promql';
import { theme } from './theme';

type Scheme = 'light' | 'dark';
const SCHEMES: Scheme[] = ['light', 'dark'];

/** The custom properties app/globals.css sets under `:root[data-mantine-color-scheme=…]`, which win over Mantine's (the same selector, later). */
function siteVariables(scheme: Scheme): Record<string, string> {
  const variables: Record<string, string> = {};
  postcss.parse(readFileSync('app/globals.css', 'utf8')).walkRules((rule) => {
    if (!rule.selectors.some((selector) => selector.replace(/['"]/g, '') === `:root[data-mantine-color-scheme=${scheme}]`)) return;
    rule.walkDecls(/^--/, (declaration) => {
      variables[declaration.prop] = declaration.value;
    });
  });
  return variables;
}

/** Mantine's CSS variables for the site's theme, as MantineProvider writes them into each page. */
const MANTINE = defaultCssVariablesResolver(mergeMantineTheme(DEFAULT_THEME, theme));

/** A CSS custom property as the page computes it: Mantine's variables for the site's theme, then the site's, `var()` resolved. */
function colourOf(scheme: Scheme, name: string): string {
  const variables: Partial<Record<string, string>> = { ...MANTINE.variables, ...MANTINE[scheme], ...siteVariables(scheme) };
  const resolve = (property: string): string => {
    const value = variables[property];
    if (value === undefined) throw new Error(`${property} is not set in the ${scheme} scheme`);
    return value.trim().replace(/^var\((--[\w-]+)\)$/, (_, inner: string) => resolve(inner));
  };
  return resolve(name);
}

/** An opaque colour (#rgb or #rrggbb) as 0–1 channels. */
function channels(colour: string): number[] {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour)?.[1];
  if (!hex) throw new Error(`not an opaque hex colour: ${colour}`);
  const full = hex.length === 3 ? Array.from(hex, (digit) => digit + digit).join('') : hex;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255);
}

/** WCAG 2.x relative luminance and contrast ratio. */
function luminance(colour: string): number {
  const [r, g, b] = channels(colour).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The backgrounds text sits on: the page, surfaces (nav, footer, cards) and code blocks. */
const BACKGROUNDS = ['--mantine-color-body', '--site-surface', '--site-code-bg'];

describe('theme colours meet WCAG 2.2 AA (4.5:1 for text)', () => {
  for (const scheme of SCHEMES) {
    it(`${scheme}: links on every background`, () => {
      for (const background of BACKGROUNDS)
        expect(contrast(colourOf(scheme, '--mantine-color-anchor'), colourOf(scheme, background)), background).toBeGreaterThanOrEqual(4.5);
    });

    it(`${scheme}: the text of filled buttons on the primary colour`, () => {
      expect(
        contrast(colourOf(scheme, '--mantine-primary-color-contrast'), colourOf(scheme, '--mantine-primary-color-filled')),
      ).toBeGreaterThanOrEqual(4.5);
    });

    it(`${scheme}: dimmed text on every background`, () => {
      for (const background of BACKGROUNDS)
        expect(contrast(colourOf(scheme, '--mantine-color-dimmed'), colourOf(scheme, background)), background).toBeGreaterThanOrEqual(4.5);
    });
  }

  for (const scheme of SCHEMES) {
    it(`${scheme}: PromQL tokens in code blocks and in inline code`, () => {
      for (const [kind, [light, dark]] of Object.entries(PROMQL_COLOURS))
        for (const background of ['--site-code-bg', '--site-surface'])
          expect(
            contrast(scheme === 'light' ? light : dark, colourOf(scheme, background)),
            `${kind} on ${background}`,
          ).toBeGreaterThanOrEqual(4.5);
    });
  }
});
