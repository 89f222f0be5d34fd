import { MantineProvider } from '@mantine/core';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { rehypePlaceholderLinks } from './config-placeholders';
import { mdxComponents } from '../../components/mdx-components';
import { renderBody } from './render';

async function render(raw: string): Promise<string> {
  const content = await renderBody(
    { body: { raw }, format: 'md', bodyLineOffset: 3, _raw: { sourceFilePath: 'docs/prometheus/3.7/configuration.md' } },
    mdxComponents,
  );
  return renderToStaticMarkup(createElement(MantineProvider, null, content));
}

/** The placeholder `name` as a link to its section, whatever classes the link component adds. */
const linked = (name: string) => new RegExp(`<a [^>]*href="#${name}"[^>]*>&lt;${name}&gt;</a>`);

describe('placeholder links in code blocks', () => {
  it('links a placeholder to the section of that id and leaves generic ones as text', async () => {
    const html = await render(
      'A scrape job:\n\n```yaml\n[ job_name: <string> ]\n[ tls_config: <tls_config> ]\nrelabel_configs:\n  [ - <relabel_config> ... ]\n```\n\n' +
        '### `<tls_config>`\n\nTLS settings.\n\n<a name="relabel_config"></a>\n\n### Relabeling\n\nRules.\n',
    );
    expect(html).toMatch(linked('tls_config'));
    // `<a name>` anchors are targets too, and the rest of the token's text stays outside the link.
    expect(html).toMatch(/<a [^>]*href="#relabel_config"[^>]*>&lt;relabel_config&gt;<\/a> \.\.\./);
    expect(html).toContain('&lt;string&gt;');
    expect(html).not.toMatch(/href="#string"/);
    // Highlighting is kept: the link sits inside the token's coloured span.
    expect(html).toMatch(/<span style="--shiki-light:[^"]+"><a [^>]*href="#tls_config"/);
  });

  it('leaves a placeholder without a matching id as text', async () => {
    const html = await render('### `<tls_config>`\n\n```yaml\noauth2:\n  [ <oauth2> ]\n```\n');
    expect(html).toContain('&lt;oauth2&gt;');
    expect(html).not.toMatch(/href="#oauth2"/);
  });

  it('does not link inline code outside code blocks', async () => {
    const html = await render('### `<tls_config>`\n\nSet `<tls_config>` on the job.\n');
    expect(html).toContain('<code>&lt;tls_config&gt;</code> on the job');
    expect(html).not.toMatch(linked('tls_config'));
  });

  it('wraps a placeholder split across tokens in one link, keeping each token’s colour', () => {
    const tree = h(null, [
      h('h3', { id: 'tls_config' }, 'TLS'),
      h(
        'pre',
        h(
          'code',
          h('span.line', [
            h('span', { style: 'color:red' }, '[ <'),
            h('span', { style: 'color:blue' }, 'tls_config'),
            h('span', { style: 'color:red' }, '> ]'),
          ]),
        ),
      ),
    ]);
    rehypePlaceholderLinks()(tree);
    expect(toHtml(tree)).toContain(
      '<span class="line"><span style="color:red">[ </span><a href="#tls_config" class="code-link"><span style="color:red">&#x3C;</span><span style="color:blue">tls_config</span><span style="color:red">></span></a><span style="color:red"> ]</span></span>',
    );
  });
});
