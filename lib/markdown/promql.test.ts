import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { processBody } from './pipeline';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { highlightPromql, looksLikePromql, promqlSyntaxErrors, rehypeDetectPromql } from './promql';

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
      '# errors:#59636e',
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
    // The function's colour, and its link to the reference (promql-links.test.ts) inside the coloured span.
    expect(promql).toMatch(/<span style="--shiki-light:#8250df;--shiki-dark:#d2a8ff">(<a [^>]+>)?rate(<\/a>)?<\/span>/);
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
      '# Errors\nsum by (job) (\n  rate(errors_total[5m])\n)\n\n# Requests\nsum by (job) (\n  rate(requests_total[5m])\n)',
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
      'interface{}',
      '{}',
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

describe('promqlSyntaxErrors: what the check reports of a promql block', () => {
  it('finds nothing wrong in valid expressions, one a line or over several lines', () => {
    for (const source of [
      'rate(x[5m])\nsum by (job) (y)',
      '# comment\nhistogram_quantile(0.9,\n  sum by (le) (rate(x_bucket[5m]))\n)',
      'a\n\nb offset 5m',
      '{"my.dotted.name"} @ end()',
      // Literals one a line: `-3.75` is a negative number, not `42` minus 3.75.
      '42\n-3.75\n1.5e3\n0x1f',
      // Prometheus 2.x's name for double_exponential_smoothing: its docs use it.
      'holt_winters(x[30m], 0.3, 0.5)',
    ])
      expect(promqlSyntaxErrors(source), source).toEqual([]);
  });

  it('says where each expression goes wrong, and what it stopped at', () => {
    expect(promqlSyntaxErrors('rat(x[5m])')).toEqual([
      { offset: 3, message: 'PromQL syntax error: "rat" is not a PromQL function or aggregation' },
    ]);
    expect(promqlSyntaxErrors('rate(x[5m])\nsum(y')).toEqual([
      { offset: 17, message: 'PromQL syntax error: the expression ends early: a bracket, an argument or an operand is missing' },
    ]);
    expect(promqlSyntaxErrors('x{code=~"5.."} >> 1')).toEqual([{ offset: 16, message: 'PromQL syntax error: unexpected >' }]);
    // One expression over several lines is one error, at its end, not one a line.
    expect(promqlSyntaxErrors('sum by (job) (\n  rate(x[5m]\n)')).toHaveLength(1);
    // A line that opens with an operator continues the expression above it, even when that one parses alone.
    expect(promqlSyntaxErrors('sum(rate(a[5m]))\n  / sum(rat(b[5m]))')).toEqual([
      { offset: 28, message: 'PromQL syntax error: "rat" is not a PromQL function or aggregation' },
    ]);
    // Each stretch between blank lines is checked on its own.
    expect(promqlSyntaxErrors('rate(x[5m]\n\nsum(y) by job').map((error) => error.offset)).toEqual([10, 22]);
  });

  it('reports them at the line and column of the file: errors in this repository, warnings in synced docs', () => {
    const raw = 'Intro.\n\n```promql\n# comment\nrate(x[5m])\nsum by (job) (rat(y[5m]))\n```\n\n```\nrat(x)\n```\n';
    for (const lenient of [false, true]) {
      const file = new VFile({ value: raw, data: { lenient } });
      const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeDetectPromql);
      processor.runSync(processor.parse(file), file);
      // The unlabelled fence is not PromQL by the rule, so it is not checked.
      expect(file.messages.map((m) => [m.line, m.column, m.reason, m.fatal])).toEqual([
        [6, 18, 'PromQL syntax error: "rat" is not a PromQL function or aggregation', !lenient],
      ]);
    }
  });
});

describe('inline PromQL', () => {
  it('colours inline code that is PromQL, not flags, names or code in links and headings', async () => {
    const { tree } = await processBody({
      raw: '## The `rate(x[5m])` heading\n\nUse `sum(rate(x[5m]))`, not `--web.enable-lifecycle` or `up`; see [`rate(y[1m])`](/a/).\n',
      format: 'md',
      sourceFilePath: 'docs/x.md',
    });
    const html = tree ? toHtml(tree) : '';
    const promql = [...html.matchAll(/<code data-language="promql">(.*?)<\/code>/g)].map((match) => match[1].replace(/<[^>]+>/g, ''));
    expect(promql).toEqual(['sum(rate(x[5m]))']);
    expect(html).toMatch(/<code data-language="promql"><span style="--shiki-light:#cf222e;--shiki-dark:#ff7b72">(<a [^>]+>)?sum/);
    expect(html).toContain('<code>--web.enable-lifecycle</code>');
    expect(html).toContain('<code>up</code>');
    expect(html).toMatch(/<a [^>]*href="\/a\/"[^>]*><code>rate\(y\[1m\]\)<\/code><\/a>/);
  });
});
