import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { processBody } from './pipeline';
import { highlightPromql } from './promql';

/** Each coloured token as `text:light`, in order. */
const tokens = (source: string) =>
  highlightPromql(source).flatMap((node) =>
    node.type === 'element' ? [`${toString(node)}:${/--shiki-light:([^;]+)/.exec(String(node.properties.style))?.[1] ?? ''}`] : [],
  );

describe('highlightPromql', () => {
  it('colours functions, aggregations, modifiers, labels, strings, numbers and comments from the grammar', () => {
    expect(tokens('sum by (job) (rate(http_requests_total{code=~"5.."}[5m] offset 1h)) > 0.5 # errors')).toEqual([
      'sum:#cf222e',
      'by:#cf222e',
      'job:#953800',
      'rate:#8250df',
      'code:#953800',
      '=~:#cf222e',
      '"5..":#0a3069',
      '5m:#0550ae',
      'offset:#cf222e',
      '1h:#0550ae',
      '>:#cf222e',
      '0.5:#0550ae',
      '# errors:#6e7781',
    ]);
  });

  it('keeps the text exactly, whatever it colours: copying a block gives its source', () => {
    for (const source of [
      'histogram_quantile(0.9, sum by (le) (rate(x_bucket[5m])))',
      'up @ start()',
      'max_over_time(deriv(rate(x[1m])[5m:1m])[10m:])',
      '{__name__=~"job:.*", "my.dotted.name"}',
      'a and on(instance) group_left(version) b',
      'rate(x[5m]) +',
    ])
      expect(
        highlightPromql(source)
          .map((node) => toString(node))
          .join(''),
      ).toBe(source);
  });
});

describe('the pipeline', () => {
  it('colours a promql fence in both schemes and leaves other languages to Shiki', async () => {
    const { tree } = await processBody({
      raw: '```promql\nrate(x[5m])\n```\n\n```text\nrate(x[5m])\n```\n',
      format: 'md',
      sourceFilePath: 'docs/x.md',
    });
    const html = tree ? toHtml(tree) : '';
    const [promql, text] = html.split('</pre>');
    expect(promql).toContain('data-language="promql"');
    expect(promql).toContain('<span style="--shiki-light:#8250df;--shiki-dark:#d2a8ff">rate</span>');
    expect(text).not.toContain('#8250df');
  });
});
