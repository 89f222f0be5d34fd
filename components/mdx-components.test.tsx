import { MantineProvider } from '@mantine/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { processBody } from '../lib/markdown/pipeline';
import { renderBody, renderExcerpt } from '../lib/markdown/render';
import { mdxComponents } from './mdx-components';

const checkBody = (raw: string, format: 'md' | 'mdx', sourceFilePath: string) => processBody({ raw, format, sourceFilePath });

async function render(raw: string, format: 'md' | 'mdx' = 'md', sourceFilePath = 'docs/guides/example.md', bodyLineOffset = 3) {
  const content = await renderBody({ body: { raw }, format, bodyLineOffset, _raw: { sourceFilePath } }, mdxComponents);
  return renderToStaticMarkup(<MantineProvider>{content}</MantineProvider>);
}

async function renderError(raw: string, format: 'md' | 'mdx', sourceFilePath: string, bodyLineOffset: number): Promise<string> {
  try {
    await render(raw, format, sourceFilePath, bodyLineOffset);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('expected the render to fail');
}

describe('Markdown (.md)', () => {
  it('keeps GFM tables, raw HTML and literal braces, and drops comments', async () => {
    const html = await render('| a | b |\n|---|---|\n| 1<br>2 | {{ $labels.job }} |\n\n<!-- editor note -->\n\n- [x] done\n');
    expect(html).toMatch(/<table[^>]*>/);
    expect(html).toContain('1<br/>2');
    expect(html).toContain('{{ $labels.job }}');
    expect(html).not.toContain('editor note');
    expect(html).toMatch(/type="checkbox"[^>]*aria-label="Done"|aria-label="Done"[^>]*type="checkbox"/);
  });

  it('turns TIP:/NOTE:/CAUTION:/WARNING: paragraphs and GitHub alerts into labelled notes', async () => {
    for (const [source, label] of [
      ['TIP: Use rate() on counters.', 'Tip'],
      ['NOTE: Labels are case-sensitive.', 'Note'],
      ['CAUTION: This deletes data.', 'Caution'],
      ['WARNING: Experimental.', 'Warning'],
      ['> [!IMPORTANT]\n> Read this first.', 'Important'],
      ['> NOTE: Inside a quote.\n>\n> Second paragraph.', 'Note'],
    ]) {
      const html = await render(source);
      expect(html).toContain(`role="note"`);
      expect(html).toContain(`aria-label="${label}"`);
      expect(html).not.toMatch(/(TIP|NOTE|CAUTION|WARNING):|\[!IMPORTANT\]/);
    }
  });

  it('gives headings the ids the TOC computes, with a named self-link', async () => {
    const source = '## Data model\n\n### Metric names & labels\n\n## Data model\n';
    const html = await render(source);
    const { toc } = await checkBody(source, 'md', 'docs/guides/example.md');
    expect(toc.map((entry) => entry.id)).toEqual(['data-model', 'metric-names--labels', 'data-model-1']);
    for (const { id, text } of toc) {
      expect(html).toContain(`id="${id}"`);
      expect(html).toContain(`href="#${id}" aria-label="Link to section: ${text.replace('&', '&amp;')}"`);
    }
  });

  it('resolves .md links and marks external ones', async () => {
    const html = await render('[labels](../concepts/data_model.md#labels) and [GitHub](https://github.com/prometheus)');
    expect(html).toContain('href="/docs/concepts/data_model/#labels"');
    expect(html).toMatch(/href="https:\/\/github.com\/prometheus" rel="noopener noreferrer"/);
    expect(html).toContain('(external link)');
  });

  it('highlights code for both schemes and labels the language', async () => {
    const html = await render('```yaml\nscrape_interval: 15s\n```');
    expect(html).toContain('--shiki-light');
    expect(html).toContain('--shiki-dark');
    expect(html).toContain('YAML');
    expect(html).toContain('aria-label="Copy code"');
  });

  it('keeps highlighted code lean: no line wrappers, text in the block’s own colours unwrapped', async () => {
    const html = await render('```yaml\nscrape_interval: 15s\nscrape_timeout: 10s\n```');
    expect(html).not.toContain('class="line"');
    // The key is coloured (and linked to the configuration reference, when one is synced); the colon and space after it are in the block's colour, so plain text.
    expect(html).toMatch(/<span style="--shiki-light:[^"]+">(<a [^>]+>)?scrape_interval(<\/a>)?<\/span>: <span/);
    expect(html).toContain('15s');
  });

  it('rejects script and event handlers in raw HTML, at the line in the file', async () => {
    const message = await renderError('Intro\n\n<img src="x.png" alt="x" onerror="alert(1)">\n', 'md', 'docs/a.md', 4);
    expect(message).toContain('content/docs/a.md:7:');
    expect(message).toContain('content cannot run code');
  });
});

describe('MDX (.mdx)', () => {
  it('renders the Callout component', async () => {
    const html = await render('<Callout type="warning">Mind the gap.</Callout>', 'mdx');
    expect(html).toContain('aria-label="Warning"');
    expect(html).toContain('Mind the gap.');
  });

  it('reports an expression that blockJS would drop, with file and real line', async () => {
    const message = await renderError('# Title\n\nText\n\nThe answer is {40 + 2}.\n', 'mdx', 'docs/guides/answer.mdx', 5);
    expect(message).toContain('content/docs/guides/answer.mdx:10:15');
    expect(message).toContain('would be dropped');
    expect(message).toContain('content cannot run code');
  });

  it('reports import/export and expression attributes', async () => {
    const message = await renderError('import x from "y"\n\n<Callout type={"tip"}>Hi</Callout>\n', 'mdx', 'docs/b.mdx', 2);
    expect(message).toContain('content/docs/b.mdx:3:1  `import`/`export` is not allowed');
    expect(message).toContain('content/docs/b.mdx:5:1  The attribute `type={"tip"}`');
  });

  it('allows MDX comments such as {/* more */}', async () => {
    const html = await render('Intro\n\n{/* more */}\n\nRest', 'mdx');
    expect(html).toContain('Rest');
  });

  it('names the file and the line of a syntax error', async () => {
    const message = await renderError('Fine\n\n<Callout type="tip">\n\nNever closed\n', 'mdx', 'docs/broken.mdx', 4);
    expect(message).toMatch(/content\/docs\/broken\.mdx:\d+:\d+ {2}MDX syntax error/);
    expect(message).toMatch(/:(7|9|10):/);
  });
});

describe('the TOC', () => {
  it('lists h2 and h3, numbering duplicates the way the ids are, counting every level', async () => {
    const { toc } = await checkBody('## Slack channel\n\n#### Slack channel\n\n### Slack channel\n', 'md', 'docs/x.md');
    expect(toc).toEqual([
      { depth: 2, text: 'Slack channel', id: 'slack-channel' },
      { depth: 3, text: 'Slack channel', id: 'slack-channel-2' },
    ]);
  });

  it('uses the text of inline code and raw HTML, without the self-link', async () => {
    const { toc } = await checkBody('## The `up` metric <small>(new)</small>', 'md', 'docs/x.md');
    expect(toc).toEqual([{ depth: 2, text: 'The up metric (new)', id: 'the-up-metric-new' }]);
  });
});

describe('excerpts', () => {
  const post = (raw: string, format: 'md' | 'mdx' = 'md', description?: string) => ({
    body: { raw },
    format,
    bodyLineOffset: 3,
    description,
    _raw: { sourceFilePath: 'blog/2026-01-01-x.md' },
  });
  const html = async (...args: Parameters<typeof post>) =>
    renderToStaticMarkup(<MantineProvider>{await renderExcerpt(post(...args), mdxComponents)}</MantineProvider>);

  it('take what comes before <!-- more -->, with its markup, and its text', async () => {
    const raw = 'First **bold** paragraph.\n\n```\ncode\n```\n\nSecond [link](https://example.org).\n\n<!-- more -->\n\nThe rest.';
    const excerpt = await html(raw);
    expect(excerpt).toContain('<strong>bold</strong>');
    expect(excerpt).toContain('href="https://example.org"');
    expect(excerpt).not.toContain('The rest');
    expect((await checkBody(raw, 'md', 'blog/2026-01-01-x.md')).excerpt?.text).toBe('First bold paragraph. Second link.');
  });

  it('take what comes before {/* more */} in MDX', async () => {
    expect(await html('Intro here.\n\n{/* more */}\n\nRest.', 'mdx')).not.toContain('Rest');
  });

  it('fall back to the description, then to the first paragraph', async () => {
    const described = await html('## Heading\n\nBody text.', 'md', 'A summary.');
    expect(described).toContain('<p>A summary.</p>');
    expect(described).not.toContain('Body text');
    expect(await html('## Heading\n\nBody `code` text.\n\nMore.')).toContain('Body <code>code</code> text.');
    expect((await checkBody('## Heading\n\nBody `code` text.\n\nMore.', 'md', 'blog/2026-01-01-x.md')).excerpt?.text).toBe(
      'Body code text.',
    );
  });

  it('and reading time count prose, not code', async () => {
    const { text } = await checkBody(`hi\n\n\`\`\`\n${'x '.repeat(2000)}\n\`\`\``, 'md', 'blog/2026-01-01-x.md');
    expect(text).toBe('hi');
  });
});

describe('processBody (npm run check, computed fields and pages)', () => {
  it('reports every problem of a body at once, with body positions', async () => {
    const { problems, links } = await checkBody(
      '# Title again\n\n![](/a.png)\n\n[x](../concepts/data_model.md#labels)\n',
      'md',
      'docs/guides/x.md',
    );
    expect(problems.map((p) => `${p.line}:${p.column} ${p.reason.split(':')[0]}`)).toEqual([
      '1:1 A heading of level 1 (`# …`) in the body',
      '3:1 An image without alt text',
    ]);
    expect(links.map((l) => l.href)).toEqual(['/a.png', '/docs/concepts/data_model/#labels']);
  });

  it('collects heading ids for anchor checks', async () => {
    const { problems, ids } = await checkBody('## Labels\n\n## Labels\n\n<a id="custom"></a>', 'md', 'docs/x.md');
    expect(problems).toEqual([]);
    expect(ids.map((i) => `${i.line}:${i.column} ${i.id}`)).toEqual(['1:1 labels', '3:1 labels-1', '5:1 custom']);
  });
});
