import { describe, expect, it } from 'vitest';
import { resolveHref } from './links';

const from = 'docs/prometheus/querying_basics.md';

describe('resolveHref', () => {
  it('turns relative .md links into routes, keeping the anchor', () => {
    expect(resolveHref('../concepts/data_model.md#labels', from)).toEqual({ href: '/docs/concepts/data_model/#labels', external: false });
    expect(resolveHref('functions.md', from).href).toBe('/docs/prometheus/functions/');
    expect(resolveHref('../concepts/index.md', from).href).toBe('/docs/concepts/');
    expect(resolveHref('../../blog/2024-11-14-prometheus-3-0.md', from).href).toBe('/blog/2024/11/14/prometheus-3-0/');
  });

  it('makes absolute links to the site itself relative', () => {
    expect(resolveHref('https://prometheus.io/docs/introduction/overview/#architecture', from)).toEqual({
      href: '/docs/introduction/overview/#architecture',
      external: false,
    });
  });

  it('marks links to other hosts as external', () => {
    expect(resolveHref('https://github.com/prometheus/prometheus', from)).toEqual({
      href: 'https://github.com/prometheus/prometheus',
      external: true,
    });
  });

  it('leaves anchors, root paths, mail links and relative folder links alone', () => {
    for (const href of ['#labels', '/download/', 'mailto:team@example.org', '../concepts/']) {
      expect(resolveHref(href, from)).toEqual({ href, external: false });
    }
  });

  it('serves files beside the Markdown at their path in content/', () => {
    expect(resolveHref('../images/diagram.svg', from)).toEqual({ href: '/docs/images/diagram.svg', external: false });
    expect(resolveHref('images/flow.png', 'docs/guides/x.md').href).toBe('/docs/guides/images/flow.png');
  });
});
