import { find, html } from 'property-information';
import type { CollectionSpec, FieldSpec } from '../content/frontmatter';

type FieldDef = FieldSpec;
export type TypeDef = CollectionSpec;

function typeOf(field: FieldDef): string {
  if (field.type !== 'list') return field.type;
  if (field.of?.options) return `list of ${field.of.options.map((o) => `\`${o}\``).join(' / ')}`;
  const nested = field.of?.def?.().name;
  return nested ? `list of ${nested}` : `list of ${field.of?.type ?? 'values'}`;
}

function table(fields: Record<string, FieldDef>): string {
  const rows = Object.entries(fields).map(([name, field]) => {
    const required = field.required ? 'yes' : field.default !== undefined ? `no (default \`${JSON.stringify(field.default)}\`)` : 'no';
    const limit = field.maxLength === undefined ? '' : ` At most ${field.maxLength} characters${field.type === 'list' ? ' each' : ''}.`;
    return `| \`${name}\` | ${typeOf(field)} | ${required} | ${(field.description ?? '').replace(/\|/g, '\\|')}${limit} |`;
  });
  return ['| field | type | required | what it is for |', '|---|---|---|---|', ...rows].join('\n');
}

/** The field reference of every collection, nested types included, from the contentlayer schema. */
export function fieldReference(types: TypeDef[]): string {
  const sections: string[] = [];
  const nested = new Map<string, Record<string, FieldDef>>();
  for (const type of types) {
    const where = type.filePathPattern ? `\`content/${type.filePathPattern}\`` : '';
    const kind = type.contentType === 'data' ? 'YAML data files' : 'Markdown/MDX files with YAML frontmatter';
    sections.push(`### ${type.name}\n\n${kind} at ${where}.\n\n${table(type.fields)}`);
    for (const field of Object.values(type.fields)) {
      const def = field.of?.def?.();
      if (def?.name && def.fields) {
        nested.set(def.name, def.fields);
        for (const inner of Object.values(def.fields)) {
          const innerDef = inner.of?.def?.();
          if (innerDef?.name && innerDef.fields) nested.set(innerDef.name, innerDef.fields);
        }
      }
    }
  }
  for (const [name, fields] of nested) sections.push(`### ${name} (inside a list)\n\n${table(fields)}`);
  return sections.join('\n\n');
}

type SchemaEntry = string | readonly unknown[];
type AllowlistSchema = {
  tagNames: readonly string[];
  attributes: Partial<Record<string, readonly SchemaEntry[]>>;
  protocols: Record<string, readonly string[]>;
};

/** What HTML content may use, element by element, from the allowlist schema itself. */
export function htmlReference(schema: AllowlistSchema, patterns: ReadonlyMap<RegExp, string>): string {
  const attributeText = (entry: SchemaEntry): string => {
    if (typeof entry === 'string') return `\`${find(html, entry).attribute}\``;
    const [name, ...values] = entry;
    const shown = values.map((value) => (value instanceof RegExp ? (patterns.get(value) ?? 'a pattern') : `\`${String(value)}\``));
    return `\`${find(html, String(name)).attribute}\` (${shown.join(', ')})`;
  };
  const global = (schema.attributes['*'] ?? []).map(attributeText).join(', ');
  const plain = schema.tagNames.filter((tag) => !schema.attributes[tag]);
  const rows = schema.tagNames
    .filter((tag) => schema.attributes[tag])
    .map((tag) => `| \`${tag}\` | ${(schema.attributes[tag] ?? []).map(attributeText).join(', ')} |`);
  const protocols = Object.entries(schema.protocols).map(
    ([property, schemes]) => `\`${find(html, property).attribute}\`: ${schemes.map((s) => `\`${s}:\``).join(', ')}`,
  );
  return [
    `Elements: ${plain.map((tag) => `\`${tag}\``).join(', ')}, and these, with attributes of their own:`,
    '',
    '| element | its own attributes (allowed values) |',
    '|---|---|',
    ...rows,
    '',
    `On every element: ${global}.`,
    '',
    `URLs may be paths (\`/assets/x.png\`, \`../concepts/data_model.md\`) or use these schemes: ${protocols.join('; ')}.`,
  ].join('\n');
}
