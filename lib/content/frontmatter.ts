import { LineCounter, isAlias, isMap, isScalar, isSeq, visit, type Document, type Node, type YAMLMap } from 'yaml';
import { readYamlDocument, splitFrontmatter } from './yaml';

/** The subset of a contentlayer field definition the check needs. */
export type FieldSpec = {
  type: string;
  required?: boolean;
  description?: string;
  default?: unknown;
  /** Longest text the field (or each item of a list of text) may hold, in characters. */
  maxLength?: number;
  /** For lists: the item type; enum options, or a nested type's fields. */
  of?: { type: string; options?: readonly string[]; def?: () => { name?: string; fields?: Record<string, FieldSpec> } };
};
/** A document type as the check sees it: contentlayer's name, file pattern and fields. */
export type CollectionSpec = { name: string; filePathPattern: string; contentType?: string; fields: Record<string, FieldSpec> };
/** One problem, positioned in the file (1-based). */
export type FrontmatterProblem = { file: string; line: number; column: number; message: string };
/** Extra checks on a field's value beyond its type; return a message for a bad value. */
export type ValueChecks = Record<string, (value: unknown) => string | null>;

/** Keys that name JavaScript's object machinery: as data they can poison objects built from it. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Turns contentlayer's glob (`docs/**\/*.{md,mdx}`) into a RegExp. */
export function globToRegExp(glob: string): RegExp {
  let pattern = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (glob.startsWith('**/', i)) {
      pattern += '(?:.*/)?';
      i += 2;
    } else if (char === '*') pattern += '[^/]*';
    else if (char === '{') {
      const end = glob.indexOf('}', i);
      pattern += `(?:${glob.slice(i + 1, end).split(',').map(escape).join('|')})`;
      i = end;
    } else pattern += escape(char);
  }
  return new RegExp(`^${pattern}$`);
}

function escape(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** Edit distance, for "did you mean" on misspelled field names. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

function suggestion(name: string, known: string[]): string {
  const normalized = name.toLowerCase().replace(/-/g, '_');
  const best = known.map((k) => ({ k, d: distance(normalized, k) })).sort((x, y) => x.d - y.d).at(0);
  return best && best.d <= 2 ? ` (did you mean "${best.k}"?)` : '';
}

/** Whether a YAML value fits a contentlayer field type. */
function fits(spec: FieldSpec, value: unknown): boolean {
  switch (spec.type) {
    case 'string':
    case 'markdown':
    case 'mdx':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'date':
      return (value instanceof Date && !Number.isNaN(value.getTime())) || (typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)));
    case 'list':
      // Lists of strings and of enum values are checked here; nested objects by contentlayer, with file and field.
      if (!Array.isArray(value)) return false;
      if (spec.of?.type === 'string') return value.every((item) => typeof item === 'string');
      if (spec.of?.type === 'enum') return value.every((item: unknown) => typeof item === 'string' && spec.of?.options?.includes(item));
      return true;
    default:
      return true;
  }
}

/** The length of the longest text in a value (a string or a list of them) when it is over `limit`, else 0. */
function tooLong(value: unknown, limit: number): number {
  // Code points, not UTF-16 units: a character outside the BMP counts once.
  const longest = (Array.isArray(value) ? value : [value]).reduce((max: number, item) => (typeof item === 'string' ? Math.max(max, Array.from(item).length) : max), 0);
  return longest > limit ? longest : 0;
}

function typeName(spec: FieldSpec): string {
  if (spec.type === 'date') return 'a date (YYYY-MM-DD)';
  const nested = spec.type === 'list' ? spec.of?.def?.().fields : undefined;
  if (nested) return `a list of entries, each starting \`- ${Object.keys(nested)[0]}: …\` on its own line, with the fields ${Object.keys(nested).join(', ')}`;
  if (spec.type === 'list') return spec.of?.options ? `a list of: ${spec.of.options.join(', ')}` : 'a list of strings, e.g. [alerting, promql]';
  return `a ${spec.type}`;
}

function describe(value: unknown): string {
  if (value instanceof Date) return 'a date';
  if (Array.isArray(value)) return `the list ${JSON.stringify(value)}`;
  if (value === null) return 'empty';
  return `${typeof value === 'object' ? 'a mapping' : `the ${typeof value}`} ${JSON.stringify(value)}`;
}

/**
 * Checks one content file's frontmatter against the collection its path belongs to:
 * unknown collection, YAML errors, unknown fields, wrong types and missing required fields,
 * each with its line and column.
 */
export function checkFrontmatter(file: string, text: string, collections: CollectionSpec[], valueChecks: ValueChecks = {}): FrontmatterProblem[] {
  try {
    return frontmatterProblems(file, text, collections, valueChecks);
  } catch (error) {
    // Whatever the YAML holds, the editor gets the file, never a crash of the check.
    return [{ file, line: 1, column: 1, message: `Cannot read the frontmatter: ${error instanceof Error ? error.message : String(error)}` }];
  }
}

function frontmatterProblems(file: string, text: string, collections: CollectionSpec[], valueChecks: ValueChecks): FrontmatterProblem[] {
  const relative = file.replace(/^content\//, '');
  const collection = collections.find((c) => globToRegExp(c.filePathPattern).test(relative));
  const at = (line: number, column: number, message: string): FrontmatterProblem => ({ file, line, column, message });
  if (!collection) {
    const patterns = collections.map((c) => `content/${c.filePathPattern} (${c.name})`).join(', ');
    return [at(1, 1, `This file belongs to no collection; content files go in ${patterns}`)];
  }
  const requiredFields = Object.entries(collection.fields).filter(([, spec]) => spec.required);
  // Data files (YAML) are all fields; documents keep theirs in a --- block that starts on line 2.
  const data = /\.ya?ml$/.test(file);
  const fence = data ? null : splitFrontmatter(text);
  if (!data && !fence) {
    return requiredFields.map(([name]) => at(1, 1, `Missing frontmatter: a ${collection.name} needs "${name}" (start the file with a --- block)`));
  }
  if (fence?.problem) return [at(fence.problem.line, 1, fence.problem.message)];
  const lineCounter = new LineCounter();
  const document = readYamlDocument(data ? text : (fence?.yaml ?? ''), lineCounter);
  const firstLine = data ? 0 : 1;
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine, column: col };
  };
  const problems: FrontmatterProblem[] = document.errors.map((error) => {
    const { line, column } = position(error.pos[0]);
    return at(line, column, `Invalid YAML: ${error.message.split('\n')[0]}`);
  });
  if (problems.length) return problems;
  problems.push(...unsafeYaml(document, position, at));
  if (problems.length) return problems;
  const map = document.contents;
  if (map !== null && !isMap(map)) return [at(firstLine + 1, 1, 'Expected a list of `field: value` lines')];
  problems.push(...checkFields(map, collection.fields, `a ${collection.name}`, { at, position, valueChecks, start: { line: 1, column: 1 } }));
  return problems;
}

/**
 * Keys such as `__proto__` anywhere in the YAML, and anchors and aliases (`&a`, `*a`): content
 * never needs them, and aliases can multiply a small file into a huge value.
 */
function unsafeYaml(document: Document, position: (offset: number) => { line: number; column: number }, at: Context['at']): FrontmatterProblem[] {
  const problems: FrontmatterProblem[] = [];
  const where = (node: { range?: [number, number, number] | null } | null) => position(node?.range?.[0] ?? 0);
  visit(document, {
    Pair(_, pair) {
      const key = pair.key as Node | null;
      const name = isScalar(key) ? String(key.value) : '';
      if (FORBIDDEN_KEYS.has(name)) {
        const { line, column } = where(key);
        problems.push(at(line, column, `"${name}" cannot be a field name`));
      }
    },
    Node(_, node) {
      if (isAlias(node) || node.anchor) {
        const { line, column } = where(node);
        problems.push(at(line, column, 'YAML anchors and aliases (&name, *name) are not allowed: write the value out'));
      }
    },
  });
  return problems;
}

type Context = {
  at: (line: number, column: number, message: string) => FrontmatterProblem;
  position: (offset: number) => { line: number; column: number };
  valueChecks: ValueChecks;
  /** Where to report a missing field: the start of the mapping. */
  start: { line: number; column: number };
};

/** Checks one mapping against its fields, descending into lists of nested objects (e.g. releases). */
function checkFields(map: YAMLMap | null, fields: Record<string, FieldSpec>, what: string, context: Context): FrontmatterProblem[] {
  const { at, position, valueChecks } = context;
  const problems: FrontmatterProblem[] = [];
  const seen = new Set<string>();
  const known = Object.keys(fields);
  for (const pair of map?.items ?? []) {
    const keyNode = pair.key as Node | null;
    const name = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const { line, column } = position(keyNode?.range?.[0] ?? 0);
    seen.add(name);
    const spec = Object.hasOwn(fields, name) ? fields[name] : undefined;
    if (!spec) {
      problems.push(at(line, column, `Unknown field "${name}" for ${what}${suggestion(name, known)}; allowed: ${known.join(', ')}`));
      continue;
    }
    const valueNode = pair.value as Node | null;
    const value: unknown = valueNode ? valueNode.toJSON() : null;
    const valuePosition = valueNode?.range ? position(valueNode.range[0]) : { line, column };
    const nested = spec.type === 'list' ? spec.of?.def?.() : undefined;
    if (value === null) {
      if (spec.required) problems.push(at(line, column, `"${name}" is required but empty`));
    } else if (!fits(spec, value)) {
      problems.push(at(valuePosition.line, valuePosition.column, `"${name}" must be ${typeName(spec)}, got ${describe(value)}`));
    } else if (nested?.fields && isSeq(valueNode)) {
      valueNode.items.forEach((item, i) => {
        const itemWhat = `${name}[${i}] of ${what}`;
        if (!isMap(item)) {
          const p = position((item as Node | null)?.range?.[0] ?? 0);
          problems.push(at(p.line, p.column, `${itemWhat} must be a mapping of fields (${Object.keys(nested.fields ?? {}).join(', ')}), each \`field: value\` on its own line`));
          return;
        }
        problems.push(...checkFields(item, nested.fields ?? {}, itemWhat, { ...context, start: position(item.range?.[0] ?? 0) }));
      });
    } else if (spec.maxLength !== undefined && tooLong(value, spec.maxLength)) {
      const what = Array.isArray(value) ? `Each item of "${name}"` : `"${name}"`;
      problems.push(at(valuePosition.line, valuePosition.column, `${what} may be at most ${spec.maxLength} characters long, got ${tooLong(value, spec.maxLength)}`));
    } else {
      const message = Object.hasOwn(valueChecks, name) ? valueChecks[name](value) : null;
      if (message) problems.push(at(valuePosition.line, valuePosition.column, `"${name}": ${message}`));
    }
  }
  for (const [name, spec] of Object.entries(fields)) {
    if (spec.required && !seen.has(name)) problems.push(at(context.start.line, context.start.column, `Missing required field "${name}" for ${what}`));
  }
  return problems;
}
