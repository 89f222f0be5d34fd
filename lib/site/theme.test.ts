import { describe, expect, it } from 'vitest';
import { prometheusOrange } from './theme';

/** WCAG 2.x relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

// Mantine's defaults for the surfaces and greys our CSS uses.
const WHITE = '#ffffff';
const DARK_BODY = '#242424'; // dark-7, the dark body
const DARK_SURFACE = '#2e2e2e'; // dark-6, code blocks and footer
const GRAY_0 = '#f8f9fa'; // light surfaces
const GRAY_7 = '#495057'; // dimmed text, light (globals.css)
const DARK_1 = '#b8b8b8'; // dimmed text, dark (globals.css)

describe('theme colours meet WCAG 2.2 AA (4.5:1 for text)', () => {
  it('light: links and filled buttons (shade 7)', () => {
    expect(contrast(prometheusOrange[7], WHITE)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(prometheusOrange[7], GRAY_0)).toBeGreaterThanOrEqual(4.5);
  });

  it('dark: links (shade 4) on the body and surfaces, buttons (shade 8) with white text', () => {
    expect(contrast(prometheusOrange[4], DARK_BODY)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(prometheusOrange[4], DARK_SURFACE)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(prometheusOrange[8], WHITE)).toBeGreaterThanOrEqual(4.5);
  });

  it('dimmed text in both schemes', () => {
    expect(contrast(GRAY_7, WHITE)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(GRAY_7, GRAY_0)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(DARK_1, DARK_BODY)).toBeGreaterThanOrEqual(4.5);
  });

  it('the classic #e64a22 would fail on white, which is why shade 7 is darker', () => {
    expect(contrast('#e64a22', WHITE)).toBeLessThan(4.5);
  });
});
