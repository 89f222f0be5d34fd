import { describe, expect, it } from 'vitest';
import { markdownPath, standaloneMarkdown } from './source';

describe('page Markdown', () => {
  it('is served next to the page URL', () => {
    expect(markdownPath('/docs/concepts/data_model/')).toBe('/docs/concepts/data_model.md');
    expect(markdownPath('/docs/')).toBe('/docs.md');
  });

  it('makes links absolute and keeps external ones', () => {
    const md = standaloneMarkdown({
      title: 'Querying',
      raw: 'See [labels](../concepts/data_model.md#labels), [download](/download/), [GitHub](https://github.com/prometheus) and ![d](/assets/x.svg).\n',
      sourceFilePath: 'docs/introduction/first_steps.md',
      siteUrl: 'https://prometheus.io',
    });
    expect(md).toBe(
      '# Querying\n\nSee [labels](https://prometheus.io/docs/concepts/data_model/#labels), [download](https://prometheus.io/download/), [GitHub](https://github.com/prometheus) and ![d](https://prometheus.io/assets/x.svg).\n',
    );
  });
});
