// PromQL highlighting with Prometheus's own grammar (@prometheus-io/lezer-promql, the parser of the
// Prometheus UI's editor), at build time. Shiki has no PromQL grammar and shows such a block as
// plain text; this colours it from the Lezer parse tree in Shiki's form (a span per token with
// its light and dark colour as CSS variables), so the same stylesheet shows it in both schemes.
import { highlightTree, tagHighlighter, tags } from '@lezer/highlight';
import { parser } from '@prometheus-io/lezer-promql';
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

/** The GitHub default themes' colours (light, dark) for the TextMate scopes Shiki would give these tokens. */
const COLOURS = {
  comment: ['#6e7781', '#8b949e'],
  function: ['#8250df', '#d2a8ff'],
  keyword: ['#cf222e', '#ff7b72'],
  string: ['#0a3069', '#a5d6ff'],
  number: ['#0550ae', '#79c0ff'],
  label: ['#953800', '#ffa657'],
} as const;
type Kind = keyof typeof COLOURS;

/** The grammar's highlighting tags (its styleTags), by the colour each gets; brackets and metric names stay plain. */
const highlighter = tagHighlighter([
  { tag: tags.comment, class: 'comment' },
  { tag: tags.function(tags.variableName), class: 'function' },
  { tag: [tags.operatorKeyword, tags.modifier, tags.logicOperator, tags.operator, tags.arithmeticOperator], class: 'keyword' },
  { tag: tags.string, class: 'string' },
  { tag: tags.number, class: 'number' },
  { tag: tags.labelName, class: 'label' },
]);

/** A token's span as Shiki writes one. */
function token(text: string, kind: Kind): Element {
  const [light, dark] = COLOURS[kind];
  return {
    type: 'element',
    tagName: 'span',
    properties: { style: `--shiki-light:${light};--shiki-dark:${dark}` },
    children: [{ type: 'text', value: text }],
  };
}

/** PromQL source as text and coloured tokens, from the grammar's parse tree. Parse errors stay plain text. */
export function highlightPromql(source: string): ElementContent[] {
  const out: ElementContent[] = [];
  let at = 0;
  highlightTree(parser.parse(source), highlighter, (from, to, classes) => {
    const kind = classes.split(' ').find((name): name is Kind => name in COLOURS);
    if (!kind) return;
    if (from > at) out.push({ type: 'text', value: source.slice(at, from) });
    out.push(token(source.slice(from, to), kind));
    at = to;
  });
  if (at < source.length) out.push({ type: 'text', value: source.slice(at) });
  return out;
}

/** Parts of a parse tree that only PromQL has: a call, an aggregation, a range, a subquery, label matchers, `offset`, `@`. */
const PROMQL_ONLY = new Set([
  'FunctionCall',
  'AggregateExpr',
  'MatrixSelector',
  'SubqueryExpr',
  'LabelMatchers',
  'OffsetExpr',
  'StepInvariantExpr',
]);

/** Whether `source` parses as PromQL without an error, and has a part only PromQL has. */
function parsesAsPromql(source: string): { clean: boolean; promqlOnly: boolean } {
  let clean = true;
  let promqlOnly = false;
  parser.parse(source).iterate({
    enter(node) {
      if (node.type.isError) clean = false;
      if (PROMQL_ONLY.has(node.name)) promqlOnly = true;
    },
  });
  return { clean, promqlOnly };
}

/**
 * The rule for a fence without a language: it is PromQL when the whole block, or else each of
 * its lines on its own (comments aside), parses with the grammar without an error, and it has a
 * call, an aggregation, a range, a subquery, label matchers, `offset` or `@`. Shell commands, YAML, JSON, Go,
 * the exposition format and prose all fail to parse; a bare metric name or `a - b` parses but has
 * nothing only PromQL has, so it stays plain.
 */
export function looksLikePromql(source: string): boolean {
  const whole = parsesAsPromql(source);
  if (whole.clean) return whole.promqlOnly;
  const lines = source.split('\n').filter((line) => line.trim() && !line.trim().startsWith('#'));
  const each = lines.map(parsesAsPromql);
  return each.length > 0 && each.every((line) => line.clean) && each.some((line) => line.promqlOnly);
}

/** Gives a fence without a language the `promql` language when looksLikePromql says so; before Shiki, which then labels it. */
export function rehypeDetectPromql() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'pre') return;
      const code = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
      if (!code) return SKIP;
      const classes = [code.properties.className ?? []].flat().map(String);
      if (!classes.some((name) => name.startsWith('language-')) && looksLikePromql(toString(code)))
        code.properties.className = [...classes, 'language-promql'];
      return SKIP;
    });
  };
}

/** Colours the code of every ` ```promql ` block Shiki has shown as plain text (it labels each with its language). */
export function rehypePromql() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'pre' || node.properties['data-language'] !== 'promql') return;
      for (const code of node.children)
        if (code.type === 'element' && code.tagName === 'code') code.children = highlightPromql(toString(code));
      return SKIP;
    });
  };
}
