import { parser } from '@prometheus-io/lezer-promql';
import { describe, expect, it } from 'vitest';
import { AT_FUNCTIONS, KEYWORD_SECTIONS, promqlLinks } from './promql-links';
import { parseReferencePage, type Reference } from './reference';
import { REFERENCE_PAGES, type ReferencePageName } from './reference-files';

/** A small reference in the shape upstream writes it: functions by heading, list and table; aggregations by heading. */
const NEW_STYLE: Record<Exclude<ReferencePageName, 'configuration'>, string> = {
  functions: [
    '## `rate()`',
    'Per-second rate.',
    '## `histogram_count()` and `histogram_sum()`',
    'Count and sum.',
    '## `<aggregation>_over_time()`',
    '* `avg_over_time(range-vector)`: the average.',
    '* `max_over_time(range-vector)`: the largest.',
    '## Trigonometric functions',
    '| Function | Result |\n| --- | --- |\n| `sin(v)`, `cos(v)` | Sine or cosine. |',
  ].join('\n\n'),
  operators: [
    '## Comparison binary operators',
    '## Logical/set binary operators',
    '## Vector matching',
    '### Vector matching keywords',
    '### Group modifiers',
    '## Aggregation operators',
    '#### `sum`',
    '#### `min` and `max`',
  ].join('\n\n'),
  basics: ['## Time series selectors', '### Offset modifier', '### @ modifier', '## Subquery'].join('\n\n'),
};

/** An older release: plain-text headings, aggregations listed in one section, no keyword subsections. */
const OLD_STYLE: typeof NEW_STYLE = {
  functions: '## rate()\n\nPer-second rate.\n\n## Trigonometric Functions\n\n* `sin()`: the sine.\n',
  operators: [
    '## Binary operators',
    '### Comparison binary operators',
    '### Logical/set binary operators',
    '## Vector matching',
    '### Many-to-one and one-to-many vector matches',
    '## Aggregation operators',
    '* `sum` (sum over dimensions)\n* `topk` (largest k elements)',
  ].join('\n\n'),
  basics: '### Offset modifier\n\n### @ modifier\n',
};

function reference(version: string, pages: Partial<Record<ReferencePageName, string>>): Reference {
  const parsed = new Map<ReferencePageName, ReturnType<Reference['page']>>();
  return {
    version,
    page: (name) => {
      const raw = pages[name];
      if (raw === undefined) return null;
      if (!parsed.has(name)) parsed.set(name, parseReferencePage(raw, `docs/prometheus/${version}/${REFERENCE_PAGES[name]}`));
      return parsed.get(name) ?? null;
    },
  };
}

const latest = reference('3.7', NEW_STYLE);
const old = reference('2.53', OLD_STYLE);
const url = (ref: Reference, name: ReferencePageName) => ref.page(name)?.url ?? '';

/** Each link as `text → page#id`, the page as its reference file's name. */
function links(source: string, ref: Reference = latest): string[] {
  const pages = Object.keys(REFERENCE_PAGES) as ReferencePageName[];
  return promqlLinks(source, ref).links.map(({ start, end, href }) => {
    const [path, id] = href.split('#');
    const page = pages.find((name) => url(ref, name) === path) ?? path;
    return `${source.slice(start, end)} → ${page}#${id}`;
  });
}

describe('promqlLinks', () => {
  it('links functions and aggregations to the heading, list item or table row that defines them', () => {
    expect(links('sum by (job) (rate(x[5m])) / max(histogram_sum(y)) + avg_over_time(z[1h]) * cos(w)')).toEqual([
      'sum → operators#sum',
      'by → operators#aggregation-operators',
      'rate → functions#rate',
      'max → operators#min-and-max',
      'histogram_sum → functions#histogram_count-and-histogram_sum',
      'avg_over_time → functions#aggregation_over_time',
      'cos → functions#trigonometric-functions',
    ]);
  });

  it('links operator keywords and modifiers to their sections, the most precise one the version has', () => {
    const source = 'a and on(x) group_left(y) b > bool 1 unless c offset 1h @ start()';
    expect(links(source)).toEqual([
      'and → operators#logicalset-binary-operators',
      'on → operators#vector-matching-keywords',
      'group_left → operators#group-modifiers',
      'bool → operators#comparison-binary-operators',
      'unless → operators#logicalset-binary-operators',
      'offset → basics#offset-modifier',
      '@ → basics#-modifier',
      'start → basics#-modifier',
    ]);
    // An older release has neither keyword subsection: the nearest one it has.
    expect(links(source, old)).toEqual([
      'and → operators#logicalset-binary-operators',
      'on → operators#vector-matching',
      'group_left → operators#many-to-one-and-one-to-many-vector-matches',
      'bool → operators#comparison-binary-operators',
      'unless → operators#logicalset-binary-operators',
      'offset → basics#offset-modifier',
      '@ → basics#-modifier',
      'start → basics#-modifier',
    ]);
  });

  it('links into the version it is given: an older release by its plain-text headings and its one aggregation section', () => {
    expect(links('topk(3, sum(rate(x[5m])))', old)).toEqual([
      'topk → operators#aggregation-operators',
      'sum → operators#aggregation-operators',
      'rate → functions#rate',
    ]);
    expect(url(old, 'functions')).toMatch(/\/docs\/prometheus\/2\.53\/querying\/functions\/$/);
  });

  it('links nothing in strings, label names, quoted names, regexes or comments', () => {
    const source = [
      '# rate of errors, by sum',
      '{__name__=~"rate|sum.*", "my.service.rate"="on"}',
      'x{rate="sum", code=~"5..|offset"} @ 1609746000',
      'sum_over_time_total{by="without"}',
    ].join('\n');
    expect(links(source)).toEqual(['@ → basics#-modifier']);
  });

  it('links through subqueries and nested calls, at the names’ exact offsets', () => {
    const source = 'max_over_time(rate(http_requests_total[5m])[1h:1m])';
    const { links: made } = promqlLinks(source, latest);
    expect(made.map(({ start, end }) => source.slice(start, end))).toEqual(['max_over_time', 'rate']);
    expect(made[0]).toMatchObject({ start: 0, end: 13 });
    expect(made[1]).toMatchObject({ start: 14, end: 18 });
  });

  it('links each expression of a block written one a line, and nothing after a syntax error', () => {
    expect(links('rate(x[5m])\n\n# per job\nsum by (job) (y)\nirate(z[1m]) +')).toEqual([
      'rate → functions#rate',
      'sum → operators#sum',
      'by → operators#aggregation-operators',
    ]);
  });

  it('reports a function its version does not document (not linked), and a keyword whose section is gone (the table is out of date)', () => {
    const { links: made, missing } = promqlLinks(
      'deriv(x[5m]) and y',
      reference('3.7', { ...NEW_STYLE, operators: '## Aggregation operators' }),
    );
    expect(made).toEqual([]);
    expect(missing).toEqual([
      {
        offset: 0,
        fatal: false,
        reason: '`deriv` is not in the functions reference of Prometheus 3.7 (docs/prometheus/3.7/querying/functions.md): not linked',
      },
      {
        offset: 13,
        fatal: true,
        reason:
          '`and` links to a section titled /^logical\\/set binary operators$/i in docs/prometheus/3.7/querying/operators.md, which has none: update KEYWORD_SECTIONS in lib/markdown/promql-links.ts',
      },
    ]);
  });

  it('links `start()` and `end()` to the @ modifier where the functions reference does not have them', () => {
    expect(links('start() - end()', old)).toEqual(['start → basics#-modifier', 'end → basics#-modifier']);
  });

  it('links nothing when the version has no reference pages', () => {
    expect(promqlLinks('rate(x[5m]) and y', reference('3.7', {}))).toEqual({ links: [], missing: [] });
  });

  it('names only nodes the grammar has: an update of @prometheus-io/lezer-promql that renames one fails here', () => {
    const names = new Set(parser.nodeSet.types.map((type) => type.name));
    expect([...Object.keys(KEYWORD_SECTIONS), ...AT_FUNCTIONS].filter((name) => !names.has(name))).toEqual([]);
  });
});
