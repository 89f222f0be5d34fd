/**
 * Links the keys of YAML examples (prometheus.yml, or a fragment of one) to where Prometheus's
 * configuration reference documents them. The schema is read from the reference's own notation
 * (`[ key: <type> | default = … ]`, `key:\n  [ - <block> ... ]`, `[ <http_config> ]`), so each
 * docs version links to what that version documents, and only to its sections.
 */
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { isAlias, isMap, isNode, isScalar, isSeq, parseDocument, visit as visitYaml } from 'yaml';
import type { Document, YAMLMap } from 'yaml';
import type { Link } from './link-ranges';
import type { ReferencePage } from './reference';

/** Keys a block documents: its own, and those of the blocks it takes in whole (`[ <http_config> ]`, by section id). */
type Keys = { own: Map<string, Key>; includes: string[] };

/** A documented key: the section that writes it, and the keys its value holds (none for a plain value). */
type Key = { section: string; value?: Keys };

/** The schema read from a configuration reference: blocks by section id, and the top-level block. */
export type ConfigSchema = { top?: Keys; blocks: Map<string, Keys> };

/** A line of a reference code block and the lines indented under it. */
type Entry = { text: string; children: Entry[] };

/** What a line of the notation says, once its optional-brackets are dropped. */
type Clause =
  { kind: 'key'; name: string; rest: string } | { kind: 'item'; rest: string } | { kind: 'ref'; name: string } | { kind: 'other' };

/** `key: rest`, as a line of the notation opens once its `[` is dropped. */
const KEY = /^([A-Za-z_][\w.-]*)\s*:(?:\s+|$)(.*)$/;
/** `- rest`: an item of a list. */
const ITEM = /^-\s*(.*)$/;
/** `<tls_config>`, alone apart from the brackets and `...` of a list. */
const REF = /^<(\w+)>[\s.\]]*$/;
/** Any placeholder: a code block without one is an example, not the notation. */
const PLACEHOLDER = /<\w+>/;

/** Lines of a code block nested by indentation; comments and blank lines dropped. */
function entries(code: string): Entry[] {
  const root: Entry[] = [];
  const stack: { indent: number; entry?: Entry; children: Entry[] }[] = [{ indent: -1, children: root }];
  for (const raw of code.split('\n')) {
    const line = raw.replace(/(^|\s)#.*$/, '');
    const text = line.trim();
    if (!text) continue;
    let indent = line.length - line.trimStart().length;
    while (stack[stack.length - 1].indent > indent) stack.pop();
    const top = stack[stack.length - 1];
    // YAML lets a list sit at its key's indent (`key:\n- item`); the reference writes it so too.
    const open = top.entry && /^[\w.-]+\s*:$/.test(top.entry.text.replace(/^\[\s*/, ''));
    if (clause(text).kind === 'item' && top.indent === indent && open) indent += 0.5;
    else if (top.indent === indent) stack.pop();
    const entry = { text, children: [] };
    stack[stack.length - 1].children.push(entry);
    stack.push({ indent, entry, children: entry.children });
  }
  return root;
}

/** Reads one line of the notation. */
function clause(text: string): Clause {
  const body = text.replace(/^\[\s*/, '');
  const key = KEY.exec(body);
  if (key) return { kind: 'key', name: key[1], rest: key[2] };
  const item = ITEM.exec(body);
  if (item) return { kind: 'item', rest: item[1] };
  const ref = REF.exec(body);
  return ref ? { kind: 'ref', name: ref[1] } : { kind: 'other' };
}

/** Reads notation into keys; `blockId` maps a placeholder's name to the section of that block, if the page has one. */
function keysOf(items: Entry[], section: string, blockId: (name: string) => string | undefined): Keys {
  const keys: Keys = { own: new Map(), includes: [] };
  const add = (name: string, rest: string, children: Entry[]) => {
    if (keys.own.has(name)) return;
    // `key: <tls_config>` names its block inline; `key:` with lines under it describes them there.
    const ref = REF.exec(rest.replace(/\s*\|.*$/, ''));
    const id = ref ? blockId(ref[1]) : undefined;
    const value = id ? { own: new Map(), includes: [id] } : rest ? undefined : keysOf(children, section, blockId);
    keys.own.set(name, { section, value: value && (value.own.size || value.includes.length) ? value : undefined });
  };
  for (const entry of items) {
    const line = clause(entry.text);
    if (line.kind === 'key') add(line.name, line.rest, entry.children);
    const ref = line.kind === 'ref' ? line.name : line.kind === 'item' ? REF.exec(line.rest)?.[1] : undefined;
    const id = ref && blockId(ref);
    if (id) keys.includes.push(id);
    // `[ - role: <string>\n    [ label: <string> ] ]`: list items that are maps written in place.
    const itemKey = line.kind === 'item' ? KEY.exec(line.rest) : null;
    if (itemKey) {
      add(itemKey[1], itemKey[2], []);
      for (const [name, key] of keysOf(entry.children, section, blockId).own) if (!keys.own.has(name)) keys.own.set(name, key);
    }
  }
  return keys;
}

/** Whether a code block is written in the notation: some placeholder, and keys at its top, no list (as an example file's). */
function isNotation(items: Entry[], code: string): boolean {
  const kinds = items.map((entry) => clause(entry.text).kind);
  return PLACEHOLDER.test(code) && kinds.includes('key') && !kinds.includes('item');
}

/** Whether a `<code>` holds a YAML fence. */
function isYaml(code: Element): boolean {
  const classes = code.properties.className;
  return Array.isArray(classes) && (classes.includes('language-yaml') || classes.includes('language-yml'));
}

const schemas = new WeakMap<ReferencePage, ConfigSchema>();

/**
 * Reads the schema once per page. A `### <name>` section's block is its first code block in the notation
 * (a `####` role's block counts for its `###`); the top level is the first such block outside those
 * sections that writes `scrape_configs` as a list of `<scrape_config>`.
 */
export function configSchema(page: ReferencePage): ConfigSchema {
  const known = schemas.get(page);
  if (known) return known;
  const ids = new Set(page.sections.map((section) => section.id));
  const byName = new Map<string, string>();
  for (const section of page.sections) {
    const name = /^<(\w+)>$/.exec(section.title)?.[1];
    if (name && !byName.has(name)) byName.set(name, section.id);
  }
  const blockId = (name: string) => byName.get(name);
  const schema: ConfigSchema = { blocks: new Map() };
  let heading: { id: string; block: boolean } | undefined;
  visit(page.tree, 'element', (node: Element) => {
    const id = node.properties.id;
    if (/^h[23]$/.test(node.tagName) && typeof id === 'string' && ids.has(id)) {
      heading = { id, block: /^<\w+>$/.test(toString(node).trim()) };
      return;
    }
    const code = node.tagName === 'pre' ? node.children.find((child) => child.type === 'element' && child.tagName === 'code') : undefined;
    if (!heading || code?.type !== 'element' || !isYaml(code)) return;
    const text = toString(code);
    const items = entries(text);
    if (!isNotation(items, text)) return;
    if (heading.block) {
      if (!schema.blocks.has(heading.id)) schema.blocks.set(heading.id, keysOf(items, heading.id, blockId));
      return;
    }
    const keys = keysOf(items, heading.id, blockId);
    const scrapeConfig = blockId('scrape_config');
    if (!schema.top && scrapeConfig && keys.own.get('scrape_configs')?.value?.includes.includes(scrapeConfig)) schema.top = keys;
  });
  schemas.set(page, schema);
  return schema;
}

/** The key `name` as `keys` documents it, itself or through a block it takes in whole. */
function lookup(keys: Keys, name: string, schema: ConfigSchema, seen = new Set<Keys>()): Key | undefined {
  if (seen.has(keys)) return undefined;
  seen.add(keys);
  const own = keys.own.get(name);
  if (own) return own;
  for (const id of keys.includes) {
    const block = schema.blocks.get(id);
    const found = block && lookup(block, name, schema, seen);
    if (found) return found;
  }
  return undefined;
}

/** The section a key links to: its value's block when the value is one whole block, else where the key is written. */
function target(key: Key): string {
  const value = key.value;
  return value?.own.size === 0 && value.includes.length === 1 ? value.includes[0] : key.section;
}

/** The mappings an example's value holds: itself, or each item of a list. */
function mappings(node: unknown): YAMLMap[] {
  if (isMap(node)) return [node];
  return isSeq(node) ? node.items.filter(isMap) : [];
}

/** A key as written in the example, when it is a plain name: its text and offsets. */
function plainKey(key: unknown, source: string): { name: string; start: number; end: number } | undefined {
  if (!isScalar(key) || typeof key.value !== 'string' || !key.range) return undefined;
  const [start, end] = key.range;
  return source.slice(start, end) === key.value ? { name: key.value, start, end } : undefined;
}

/** The blocks an example may start in: the top level when it documents every top key, else each block that does. */
function startBlocks(root: unknown, source: string, schema: ConfigSchema): Keys[] {
  const maps = mappings(root);
  if (!maps.length || (isSeq(root) && maps.length !== root.items.length)) return [];
  const names = maps.flatMap((map) => map.items.map((pair) => plainKey(pair.key, source)?.name));
  if (!names.length || names.some((name) => name === undefined)) return [];
  const documents = (keys: Keys) => names.every((name) => name !== undefined && lookup(keys, name, schema));
  if (isMap(root) && schema.top && documents(schema.top)) return [schema.top];
  return [...schema.blocks.values()].filter(documents);
}

/** Links for the keys of `maps`, walking down from the block `start`. */
function walkFrom(maps: YAMLMap[], start: Keys, source: string, schema: ConfigSchema, url: string): Link[] {
  const links: Link[] = [];
  const walk = (map: YAMLMap, keys: Keys) => {
    for (const pair of map.items) {
      const written = plainKey(pair.key, source);
      const key = written && lookup(keys, written.name, schema);
      if (!written || !key) continue;
      links.push({ start: written.start, end: written.end, href: `${url}#${target(key)}` });
      const value = key.value;
      if (value) for (const child of mappings(pair.value)) walk(child, value);
    }
  };
  for (const map of maps) walk(map, start);
  return links;
}

/** Whether a document has anchors or aliases: a value written once and used elsewhere, which a walk of keys cannot place. */
function sharesNodes(doc: Document): boolean {
  let found = false;
  visitYaml(doc, (_key, node) => {
    if (!isAlias(node) && !(isNode(node) && node.anchor)) return undefined;
    found = true;
    return visitYaml.BREAK;
  });
  return found;
}

/**
 * Links for the keys of a YAML example, as offsets into `source`; [] when the example is not a Prometheus configuration.
 * The walk starts at the top level when every top key of the example is a top-level key of the configuration; else,
 * for a fragment (a mapping, or a list of mappings), in the blocks that document all its top keys, if they all link it
 * alike (`relabel_configs:` reads the same in a scrape job and an Alertmanager entry; `host:` does not). A documented
 * key links to its value's block, or to the block it is written in, and the walk goes on in its value; any other key
 * is left, with all under it. No links unless two different keys link, nor for YAML that does not parse, holds
 * several documents, or uses anchors or aliases.
 */
export function configKeyLinks(source: string, schema: ConfigSchema, url: string): Link[] {
  const doc = parseDocument(source);
  if (doc.errors.length) return [];
  if (sharesNodes(doc)) return [];
  const maps = mappings(doc.contents);
  const [links = [], ...others] = startBlocks(doc.contents, source, schema).map((start) => walkFrom(maps, start, source, schema, url));
  if (others.some((other) => JSON.stringify(other) !== JSON.stringify(links))) return [];
  // One key is too weak a sign: `global:` opens Alertmanager's file too, and `groups:` a rules file.
  return new Set(links.map((link) => source.slice(link.start, link.end))).size >= 2 ? links : [];
}
