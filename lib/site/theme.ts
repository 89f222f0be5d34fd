import { createTheme, type MantineColorsTuple } from '@mantine/core';

/**
 * Prometheus orange, darkened where it carries text: shade 7 (#c2410c) is 5.2:1 on white,
 * where the classic #e6522c is only 3.9:1. Contrast is checked by lib/site/theme.test.ts.
 */
export const prometheusOrange: MantineColorsTuple = [
  '#fff4ed',
  '#ffe6d5',
  '#feccaa',
  '#fdac74',
  '#fb8a3c',
  '#f26b1d',
  '#e0521a',
  '#c2410c',
  '#9a3412',
  '#7c2d12',
];

export const theme = createTheme({
  primaryColor: 'prometheus',
  // Light: links and filled buttons use #c2410c; dark: buttons use #9a3412 (white text 7.3:1).
  primaryShade: { light: 7, dark: 8 },
  colors: { prometheus: prometheusOrange },
  fontFamily:
    'var(--font-inter), var(--font-inter-ext), "Inter Fallback", "Inter Fallback DejaVu", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  fontFamilyMonospace:
    'var(--font-mono), var(--font-mono-ext), "JetBrains Mono Fallback", "JetBrains Mono Fallback DejaVu", ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  headings: {
    fontFamily:
      'var(--font-inter), var(--font-inter-ext), "Inter Fallback", "Inter Fallback DejaVu", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    fontWeight: '650',
  },
  defaultRadius: 'md',
  cursorType: 'pointer',
});
