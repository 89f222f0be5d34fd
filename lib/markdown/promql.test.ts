import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { processBody } from './pipeline';
import { highlightPromql, looksLikePromql } from './promql';

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

describe('looksLikePromql: the rule for fences without a language', () => {
  it('takes expressions: one, one over several lines, one a line, with comments', () => {
    for (const source of [
      'rate(http_requests_total[5m])',
      'sum by (job) (\n  rate(http_requests_total{code=~"5.."}[5m])\n)',
      'http_requests_total{job="api"}\nhttp_requests_total{job="api"}[5m]',
      '# Requests per second, per job\nsum by (job) (rate(http_requests_total[5m]))',
      'max_over_time(deriv(rate(x[1m])[5m:1m])[10m:])',
      'up @ start()',
      '{__name__=~"job:.*"}',
      '{"my.dotted.name", job="x"}',
    ])
      expect(looksLikePromql(source), source).toBe(true);
  });

  it('leaves shell, YAML, JSON, Go, the exposition format, HTTP lines, prose and bare names alone', () => {
    for (const source of [
      './prometheus --config.file=prometheus.yml',
      'curl -s http://localhost:9090/api/v1/query?query=up',
      'ls -la',
      'scrape_configs:\n  - job_name: node\n    static_configs:\n      - targets: ["localhost:9100"]',
      '{"status": "success", "data": {"resultType": "vector"}}',
      'fmt.Println(http.ListenAndServe(":8080", nil))',
      '# HELP http_requests_total The total.\n# TYPE http_requests_total counter\nhttp_requests_total{method="post",code="200"} 1027 1395066363000',
      'GET /api/v1/query',
      'Prometheus is a monitoring system and time series database.',
      'up',
      'a - b',
      '',
    ])
      expect(looksLikePromql(source), source).toBe(false);
  });

  it('colours a fence without a language that is PromQL, and not one marked text', async () => {
    const { tree } = await processBody({
      raw: '```\nrate(x[5m])\n```\n\n```text\nrate(x[5m])\n```\n\n```\n./prometheus --web.enable-lifecycle\n```\n',
      format: 'md',
      sourceFilePath: 'docs/x.md',
    });
    const [unlabelled, text, shell] = (tree ? toHtml(tree) : '').split('</pre>');
    expect(unlabelled).toContain('data-language="promql"');
    expect(unlabelled).toContain('#8250df');
    expect(text).toContain('data-language="text"');
    expect(shell).toContain('data-language="text"');
  });
});
