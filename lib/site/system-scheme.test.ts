import { describe, expect, it } from 'vitest';
import { addSystemSchemeFallback } from './system-scheme';

describe('addSystemSchemeFallback', () => {
  it('copies scheme rules for pages without the attribute, under the system setting', () => {
    const css = addSystemSchemeFallback(
      ":root[data-mantine-color-scheme='dark']{--bg:#000}[data-mantine-color-scheme=light] .logo-dark{display:none}",
    );
    expect(css).toContain('@media (prefers-color-scheme: dark){:root:root:not([data-mantine-color-scheme]){--bg:#000}}');
    expect(css).toContain(
      '@media not all and (prefers-color-scheme: dark){:root:not([data-mantine-color-scheme]) .logo-dark{display:none}}',
    );
    // The originals stay first, so an explicit choice keeps winning the cascade as before.
    expect(css.indexOf(":root[data-mantine-color-scheme='dark']")).toBe(0);
  });

  it('leaves other rules alone and skips selectors it cannot rewrite', () => {
    const input = ':root,:host{--x:1}[data-mantine-color-scheme] .error{color:red}';
    expect(addSystemSchemeFallback(input)).toBe(input);
    const css = addSystemSchemeFallback(':root[data-mantine-color-scheme=light],:host([data-mantine-color-scheme=light]){--y:2}');
    expect(css).toContain('@media not all and (prefers-color-scheme: dark){:root:root:not([data-mantine-color-scheme]){--y:2}}');
    expect(css).not.toContain(':host(:root');
  });
});
