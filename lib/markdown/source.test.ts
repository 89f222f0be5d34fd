import { describe, expect, it } from 'vitest';
import { processBody } from './pipeline';
import { markdownPath, treeToMarkdown } from './source';

async function pageMarkdown(raw: string, format: 'md' | 'mdx' = 'md') {
  const { tree } = await processBody({ raw, format, sourceFilePath: 'docs/introduction/first_steps.md' });
  if (!tree) throw new Error('no tree');
  return treeToMarkdown({ title: 'First steps', tree, url: '/docs/introduction/first_steps/', siteUrl: 'https://prometheus.io' });
}

describe('page Markdown', () => {
  it('is served next to the page URL', () => {
    expect(markdownPath('/docs/concepts/data_model/')).toBe('/docs/concepts/data_model.md');
    expect(markdownPath('/docs/')).toBe('/docs.md');
  });

  it('is made from the pipeline tree: links resolved and absolute, external ones kept', async () => {
    const md = await pageMarkdown(
      'See [labels](../concepts/data_model.md#labels), [download](/download/), [below](#setup), [GitHub](https://github.com/prometheus) and ![d](/assets/x.svg).\n',
    );
    expect(md).toBe(
      '# First steps\n\nSee [labels](https://prometheus.io/docs/concepts/data_model/#labels), [download](https://prometheus.io/download/), [below](https://prometheus.io/docs/introduction/first_steps/#setup), [GitHub](https://github.com/prometheus) and ![d](https://prometheus.io/assets/x.svg).\n',
    );
  });

  it('keeps headings without their self-links, code with its language, callouts as alerts', async () => {
    const md = await pageMarkdown('## Set up\n\n```yaml\nglobal:\n  scrape_interval: 15s\n```\n\nNOTE: Mind the *interval*.\n');
    expect(md).toBe('# First steps\n\n## Set up\n\n```yaml\nglobal:\n  scrape_interval: 15s\n```\n\n> [!NOTE]\n> Mind the *interval*.\n');
  });

  it('writes tables without padding cells to one width', async () => {
    expect(
      await pageMarkdown('| Flag | Meaning |\n|---|---|\n| `--web.enable-lifecycle` | Enables reload and shutdown over HTTP |\n'),
    ).toBe('# First steps\n\n| Flag | Meaning |\n| - | - |\n| `--web.enable-lifecycle` | Enables reload and shutdown over HTTP |\n');
  });

  it('has nothing the sanitiser removed, and MDX components as what they show', async () => {
    const md = await pageMarkdown(
      'Before <script>alert(1)</script><b onclick="x()">bold</b>\n\n<Callout type="tip">Use **labels**.</Callout>\n',
      'mdx',
    );
    expect(md).not.toMatch(/script|alert|onclick|Callout/);
    expect(md).toContain('**bold**');
    expect(md).toContain('> [!TIP]');
  });
});
