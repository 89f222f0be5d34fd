/**
 * The site's one way to read YAML: frontmatter, data files, redirects and the downloads.
 * contentlayer2 reads frontmatter with gray-matter and `yaml.parse` (this same `yaml` package, its
 * defaults: YAML 1.2 core schema, dates stay strings, duplicate keys are errors); the check reads
 * it here with the same options, and refuses the fences on which gray-matter would read otherwise.
 */
import { parse, parseDocument, type Document, type LineCounter } from 'yaml';

/** A frontmatter block as gray-matter finds it, with what the check refuses about its fences. */
export type Frontmatter = {
  /** The YAML between the fences. */
  yaml: string;
  /** Everything before the body: the fences and the YAML. */
  head: string;
  /** Why the block's fences are refused (gray-matter would read it differently), or null. */
  problem: { line: number; message: string } | null;
};

/**
 * Splits off the frontmatter the way gray-matter does: `---` at the very start (not `----`), up to
 * the first line that starts with `---`. Returns null for a file without one.
 */
export function splitFrontmatter(text: string): Frontmatter | null {
  if (!text.startsWith('---') || text[3] === '-') return null;
  const firstLineEnd = text.indexOf('\n');
  const language = text.slice(3, firstLineEnd === -1 ? undefined : firstLineEnd).trim();
  const start = firstLineEnd === -1 ? text.length : firstLineEnd + 1;
  const close = text.indexOf('\n---', start - 1);
  const yamlEnd = close === -1 ? text.length : close;
  const closeLineEnd = close === -1 ? -1 : text.indexOf('\n', close + 1);
  const head = close === -1 ? text : closeLineEnd === -1 ? text : text.slice(0, closeLineEnd + 1);
  const yaml = text.slice(start, Math.max(start, yamlEnd)).replace(/\r$/, '');
  const closeLine = close === -1 ? '' : text.slice(close + 1, closeLineEnd === -1 ? undefined : closeLineEnd).replace(/\r$/, '');
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  let problem: Frontmatter['problem'] = null;
  // gray-matter would hand `---js` to its JavaScript engine, which evaluates it: content never chooses the reader.
  if (language) problem = { line: 1, message: `The frontmatter starts with "---${language}": start it with a line of just ---` };
  else if (close === -1) problem = { line: 1, message: 'The frontmatter block has no closing --- line' };
  else if (closeLine !== '---') problem = { line: lineOf(close + 1), message: `"${closeLine}" closes the frontmatter: close it with a line of just ---` };
  return { yaml, head, problem };
}

/** A YAML text as a document with positions (`lineCounter` maps offsets to lines). */
export function readYamlDocument(text: string, lineCounter?: LineCounter): Document {
  return parseDocument(text, { lineCounter, uniqueKeys: true });
}

/** A YAML text's value, read as contentlayer2 reads frontmatter and data files. */
export function readYaml(text: string): unknown {
  return parse(text, { uniqueKeys: true });
}
