import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './parse';
import { tocFromTree } from './toc';

function toc(source: string, format: 'md' | 'mdx' = 'md') {
  return tocFromTree(parseMarkdown(source, format));
}

describe('tocFromTree', () => {
  it('lists h2 and h3 with GitHub-style ids', () => {
    expect(toc('## Data model\n\ntext\n\n### Metric names & labels\n\n#### Deep\n')).toEqual([
      { depth: 2, text: 'Data model', id: 'data-model' },
      { depth: 3, text: 'Metric names & labels', id: 'metric-names--labels' },
    ]);
  });

  it('numbers duplicate headings the way rehype-slug does, counting every level', () => {
    const ids = toc('## Slack channel\n\n#### Slack channel\n\n### Slack channel\n').map((entry) => entry.id);
    expect(ids).toEqual(['slack-channel', 'slack-channel-2']);
  });

  it('uses the text of inline code and ignores raw HTML tags', () => {
    expect(toc('## The `up` metric <small>(new)</small>')).toEqual([{ depth: 2, text: 'The up metric (new)', id: 'the-up-metric-new' }]);
  });
});
