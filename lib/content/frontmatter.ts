import { LineCounter, parseDocument, isMap, isScalar, type Node } from 'yaml';

/** The subset of a contentlayer field definition the check needs. */
export type FieldSpec = { type: string; required?: boolean; description?: string };
/** A document type as the check sees it: contentlayer's name, file pattern and fields. */
export type CollectionSpec = { name: string; filePathPattern: string; fields: Record<string, FieldSpec> };
/** One problem, positioned in the file (1-based). */
export type FrontmatterProblem = { file: string; line: number; column: number; message: string };
/** Extra checks on a field's value beyond its type; return a message for a bad value. */
export type ValueChecks = Record<string, (value: unknown) => string | null>;

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;
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
  const best = known.map((k) => ({ k, d: distance(normalized, k) })).sort((x, y) => x.d - y.d)[0];
  return best && best.d <= 2 ? ` (did you mean "${best.k}"?)` : '';
}

/** Whether a YAML value fits a contentlayer field type. */
function fits(type: string, value: unknown): boolean {
  switch (type) {
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
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
    default:
      return true;
  }
}

const TYPE_NAMES: Record<string, string> = { date: 'a date (YYYY-MM-DD)', list: 'a list of strings, e.g. [alerting, promql]' };

function describe(value: unknown): string {
  if (value instanceof Date) return 'a date';
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  return `${typeof value === 'object' ? 'a mapping' : `the ${typeof value}`} ${JSON.stringify(value)}`;
}

/**
 * Checks one content file's frontmatter against the collection its path belongs to:
 * unknown collection, YAML errors, unknown fields, wrong types and missing required fields,
 * each with its line and column.
 */
export function checkFrontmatter(file: string, text: string, collections: CollectionSpec[], valueChecks: ValueChecks = {}): FrontmatterProblem[] {
  const relative = file.replace(/^content\//, '');
  const collection = collections.find((c) => globToRegExp(c.filePathPattern).test(relative));
  const at = (line: number, column: number, message: string): FrontmatterProblem => ({ file, line, column, message });
  if (!collection) {
    const patterns = collections.map((c) => `content/${c.filePathPattern} (${c.name})`).join(', ');
    return [at(1, 1, `This file belongs to no collection; content files go in ${patterns}`)];
  }
  const fence = FENCE.exec(text);
  const requiredFields = Object.entries(collection.fields).filter(([, spec]) => spec.required);
  if (!fence) {
    return requiredFields.map(([name]) => at(1, 1, `Missing frontmatter: a ${collection.name} needs "${name}" (start the file with a --- block)`));
  }
  const lineCounter = new LineCounter();
  // Line 2 of the file is line 1 of the YAML; `timestamp` reads dates as gray-matter does.
  const document = parseDocument(fence[1], { lineCounter, customTags: ['timestamp'], uniqueKeys: true });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + 1, column: col };
  };
  const problems: FrontmatterProblem[] = document.errors.map((error) => {
    const { line, column } = position(error.pos[0]);
    return at(line, column, `Invalid YAML: ${error.message.split('\n')[0]}`);
  });
  if (problems.length) return problems;
  const map = document.contents;
  if (map !== null && !isMap(map)) return [at(2, 1, 'Frontmatter must be a list of `field: value` lines')];
  const seen = new Set<string>();
  const known = Object.keys(collection.fields);
  for (const pair of map?.items ?? []) {
    const keyNode = pair.key as Node | null;
    const name = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const { line, column } = position(keyNode?.range?.[0] ?? 0);
    seen.add(name);
    const spec = collection.fields[name];
    if (!spec) {
      problems.push(at(line, column, `Unknown field "${name}" for a ${collection.name}${suggestion(name, known)}; allowed: ${known.join(', ')}`));
      continue;
    }
    const valueNode = pair.value as Node | null;
    const value: unknown = valueNode ? valueNode.toJSON() : null;
    const valuePosition = valueNode?.range ? position(valueNode.range[0]) : { line, column };
    if (value === null) {
      if (spec.required) problems.push(at(line, column, `"${name}" is required but empty`));
    } else if (!fits(spec.type, value)) {
      problems.push(at(valuePosition.line, valuePosition.column, `"${name}" must be ${TYPE_NAMES[spec.type] ?? `a ${spec.type}`}, got ${describe(value)}`));
    } else {
      const message = valueChecks[name]?.(value);
      if (message) problems.push(at(valuePosition.line, valuePosition.column, `"${name}": ${message}`));
    }
  }
  for (const [name] of requiredFields) {
    if (!seen.has(name)) problems.push(at(1, 1, `Missing required field "${name}" for a ${collection.name}`));
  }
  return problems;
}
