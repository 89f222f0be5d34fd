// PromQL highlighting with Prometheus's own grammar (@prometheus-io/lezer-promql, the parser of the
// Prometheus UI's editor), at build time. Shiki has no PromQL grammar and shows such a block as
// plain text; this colours it from the Lezer parse tree in Shiki's form (a span per token with
// its light and dark colour as CSS variables), so the same stylesheet shows it in both schemes.
import { highlightTree, tagHighlighter, tags } from '@lezer/highlight';
import type { Tree } from '@lezer/common';
import { parser } from '@prometheus-io/lezer-promql';
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * The GitHub default themes' colours (light, dark) for the TextMate scopes Shiki would give these
 * tokens. Comments take GitHub's newer muted greys: the theme's own fall under 4.5:1 on inline code's grey.
 */
export const PROMQL_COLOURS = {
  comment: ['#59636e', '#9198a1'],
  function: ['#8250df', '#d2a8ff'],
  keyword: ['#cf222e', '#ff7b72'],
  string: ['#0a3069', '#a5d6ff'],
  number: ['#0550ae', '#79c0ff'],
  label: ['#953800', '#ffa657'],
} as const;
type Kind = keyof typeof PROMQL_COLOURS;

/** The grammar's highlighting tags (its styleTags), by the colour each gets; brackets and metric names stay plain. */
const highlighter = tagHighlighter([
  { tag: tags.comment, class: 'comment' },
  { tag: tags.function(tags.variableName), class: 'function' },
  { tag: [tags.operatorKeyword, tags.modifier, tags.logicOperator, tags.operator, tags.arithmeticOperator], class: 'keyword' },
  { tag: tags.string, class: 'string' },
  { tag: tags.number, class: 'number' },
  { tag: tags.labelName, class: 'label' },
]);

const trees = new Map<string, Tree>();
const TREES_KEPT = 64;

/** A text's parse tree, parsed once: detection, the check, highlighting and linking each read the same block. */
function parse(text: string): Tree {
  let tree = trees.get(text);
  if (!tree) {
    tree = parser.parse(text);
    if (trees.size >= TREES_KEPT) trees.delete(trees.keys().next().value ?? text);
    trees.set(text, tree);
  }
  return tree;
}

/** A token's span as Shiki writes one. */
function token(text: string, kind: Kind): Element {
  const [light, dark] = PROMQL_COLOURS[kind];
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
  highlightTree(parse(source), highlighter, (from, to, classes) => {
    const kind = classes.split(' ').find((name): name is Kind => name in PROMQL_COLOURS);
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

/** One expression of a block: where it is in the block's text, its parse tree, and what the tree says of it. */
export type PromqlPart = {
  /** Offset of its first character in the block's text. */
  from: number;
  /** Its text. */
  text: string;
  tree: Tree;
  /** Offsets (in `text`) of the parse errors; empty when it parses. */
  errors: number[];
  /** Whether it has a part only PromQL has. */
  promqlOnly: boolean;
};

function parsePart(text: string, from: number): PromqlPart {
  const tree = parse(text);
  const errors: number[] = [];
  let promqlOnly = false;
  tree.iterate({
    enter(node) {
      if (node.type.isError) errors.push(node.from);
      // `{}` holds no matcher: as likely Go's `interface{}` or an empty JSON object as a selector.
      if (PROMQL_ONLY.has(node.name) && (node.name !== 'LabelMatchers' || node.node.firstChild)) promqlOnly = true;
    },
  });
  return { from, text, tree, errors, promqlOnly };
}

/** The stretches of `text` between blank lines that hold more than comments, with their offsets. */
function paragraphs(text: string): { text: string; from: number }[] {
  const out: { text: string; from: number }[] = [];
  let at = 0;
  for (const match of [...text.matchAll(/\n[ \t]*\n/g), null]) {
    const end = match ? match.index : text.length;
    out.push({ text: text.slice(at, end), from: at });
    if (match) at = match.index + match[0].length;
  }
  return out.filter((part) => lines(part.text, part.from).length > 0);
}

/** The lines of `text` that hold an expression (not blank, not only a comment), with their offsets. */
function lines(text: string, from: number): { text: string; from: number }[] {
  const out: { text: string; from: number }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim() && !line.trim().startsWith('#')) out.push({ text: line, from: from + at });
    at += line.length + 1;
  }
  return out;
}

/** A line that continues the one before: it opens with an operator, a keyword that joins, or a closing bracket. */
const CONTINUES = /^\s*([-+*/%^<>=!)\]},(]|(and|or|unless|by|without|on|ignoring|group_left|group_right|bool|offset|atan2)\b|@)/;
/** A line the next one continues: it ends with an operator, a comma or an opening bracket. */
const CONTINUED = /([-+*/%^<>=!,([{]|\b(and|or|unless|by|without|bool))\s*$/;

/** Whether a stretch's lines are one expression, by how they join (it does not parse, so the tree cannot say). */
function oneExpression(lines: { text: string }[]): boolean {
  return lines.some((line, i) => (i > 0 && CONTINUES.test(line.text)) || (i < lines.length - 1 && CONTINUED.test(line.text)));
}

/**
 * The expressions of a block: the whole block when it parses; else each stretch between blank
 * lines that parses; else each line of a stretch whose lines all parse alone (examples one a line,
 * `-3.75` under `42`), or whose lines do not join into one expression and whose first line parses;
 * else the stretch, with its errors.
 */
export function promqlParts(source: string): PromqlPart[] {
  const whole = parsePart(source, 0);
  if (!whole.errors.length) return [whole];
  return paragraphs(source).flatMap(({ text, from }) => {
    const stretch = parsePart(text, from);
    if (!stretch.errors.length) return [stretch];
    const each = lines(text, from).map((line) => parsePart(line.text, line.from));
    if (each.every((line) => !line.errors.length)) return each;
    return !oneExpression(each) && each.length && !each[0].errors.length ? each : [stretch];
  });
}

/**
 * The rule for a fence without a language: it is PromQL when its expressions (promqlParts: the
 * whole block, its stretches between blank lines, or its lines) all parse with the grammar
 * without an error, and one has a call, an aggregation, a range, a subquery, label matchers,
 * `offset` or `@`. Shell commands, YAML, JSON, Go, the exposition format and prose fail to parse;
 * a bare metric name or `a - b` parses but has nothing only PromQL has, so it stays plain.
 */
export function looksLikePromql(source: string): boolean {
  const parts = promqlParts(source);
  return parts.length > 0 && parts.every((part) => !part.errors.length) && parts.some((part) => part.promqlOnly);
}

/** A syntax error of a PromQL block: its offset in the block's text, and what is wrong, in words. */
export type PromqlSyntaxError = { offset: number; message: string };

/** The name just before `at` (`rat` in `rat(`), from the 64 characters before it: a regex anchored at the end of a long run of name characters would take quadratic time. */
function calledName(text: string, at: number): string | undefined {
  return /([a-z_][a-z0-9_]*)\s*$/i.exec(text.slice(Math.max(0, at - 64), at))?.[1];
}

/** What the parser stopped at, in words: Lezer marks where an error is, not what it expected. */
function describeError(text: string, at: number): string {
  const rest = text.slice(at).trimStart();
  if (!rest || rest.startsWith('#')) return 'the expression ends early: a bracket, an argument or an operand is missing';
  const before = calledName(text, at);
  if (rest.startsWith('(') && before) return `"${before}" is not a PromQL function or aggregation`;
  const token = /^([\w.:]+|"[^"\n]*"?|'[^'\n]*'?|\S)/.exec(rest)?.[0] ?? rest[0];
  return `unexpected ${token.length > 24 ? `${token.slice(0, 24)}…` : token}`;
}

/**
 * Functions earlier releases had that the grammar (the newest release's) no longer knows: the
 * docs of those releases use them, and are right to.
 */
export const FORMER_FUNCTIONS: ReadonlySet<string> = new Set(['holt_winters', 'count_scalar', 'drop_common_labels']);

/** The first syntax error of each expression in a PromQL block, where its token starts; a former function's call is not one. */
export function promqlSyntaxErrors(source: string): PromqlSyntaxError[] {
  return promqlParts(source).flatMap((part) => {
    if (!part.errors.length) return [];
    const at = part.errors[0];
    const called = calledName(part.text, at);
    if (called && FORMER_FUNCTIONS.has(called) && part.text[at] === '(') return [];
    const skipped = part.text.slice(at).length - part.text.slice(at).trimStart().length;
    const offset = part.from + (part.text.slice(at).trim() ? at + skipped : at);
    return [{ offset, message: `PromQL syntax error: ${describeError(part.text, at)}` }];
  });
}

/** Where a code block's first line of code is in the body: the line after its fence (a fence's indentation is its code's too). */
export type CodeStart = { line: number; column: number };

declare module 'vfile' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- augments vfile's interface: only an interface merges
  interface DataMap {
    /** Where each `pre` of the body starts its code, in document order; highlighting drops positions, later plugins read these. */
    codeStarts: (CodeStart | null)[];
  }
}

/** The body position of `offset` in a block's text, counted from where its code starts. */
export function positionIn(text: string, offset: number, start: CodeStart): CodeStart {
  const before = text.slice(0, offset).split('\n');
  return {
    line: start.line + before.length - 1,
    column: (before.length === 1 ? start.column : 1) + (before.at(-1)?.length ?? 0),
  };
}

function codeStartOf(node: Element, file: VFile): CodeStart | null {
  const start = node.position?.start;
  if (!start) return null;
  const fenceLine = String(file.value).split('\n')[start.line - 1] ?? '';
  const fenced = /^\s*(```|~~~)/.test(fenceLine);
  return { line: start.line + (fenced ? 1 : 0), column: start.column };
}

function report(file: VFile, reason: string, place: CodeStart, ruleId: string): void {
  const message = file.message(reason, { place, ruleId, source: 'promql' });
  // Synced docs follow their repository: their problems are the check's warnings.
  message.fatal = !file.data.lenient;
}

/**
 * Before Shiki, which drops positions: gives a fence without a language the `promql` language
 * when looksLikePromql says so; reports the syntax errors of every ` ```promql ` block at their
 * line and column; and notes where each block's code starts, for the links made after highlighting.
 */
export function rehypeDetectPromql() {
  return (tree: Root, file: VFile) => {
    const starts: (CodeStart | null)[] = [];
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'pre') return;
      const start = codeStartOf(node, file);
      starts.push(start);
      const code = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
      if (!code) return SKIP;
      const classes = [code.properties.className ?? []].flat().map(String);
      const text = toString(code);
      if (!classes.some((name) => name.startsWith('language-')) && looksLikePromql(text))
        code.properties.className = [...classes, 'language-promql'];
      else if (classes.includes('language-promql') && start)
        for (const error of promqlSyntaxErrors(text)) report(file, error.message, positionIn(text, error.offset, start), 'promql-syntax');
      return SKIP;
    });
    file.data.codeStarts = starts;
  };
}

/** Inline code that is PromQL by looksLikePromql, outside links and headings (a link cannot hold links; a heading's text is its anchor's). */
function inlinePromql(tree: Root): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'pre' || node.tagName === 'a' || /^h[1-6]$/.test(node.tagName)) return SKIP;
    if (node.tagName === 'code' && looksLikePromql(toString(node))) found.push(node);
    return undefined;
  });
  return found;
}

/**
 * Colours the code of every ` ```promql ` block Shiki has shown as plain text (it labels each with
 * its language), and inline code that is PromQL, marked `data-language="promql"` for the linker.
 */
export function rehypePromql() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'pre' || node.properties['data-language'] !== 'promql') return;
      for (const code of node.children)
        if (code.type === 'element' && code.tagName === 'code') code.children = highlightPromql(toString(code));
      return SKIP;
    });
    for (const code of inlinePromql(tree)) {
      code.children = highlightPromql(toString(code));
      code.properties.dataLanguage = 'promql';
    }
  };
}
