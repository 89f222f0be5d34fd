import type { CollectionSpec, FieldSpec } from './frontmatter';

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
    return `| \`${name}\` | ${typeOf(field)} | ${required} | ${(field.description ?? '').replace(/\|/g, '\\|')} |`;
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
