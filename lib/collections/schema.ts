import { Component, Doc, Page, Post, Provider, Redirects, TEXT_LIMIT_DEFAULT, TEXT_LIMITS } from '../../contentlayer.config';
import type { CollectionSpec, FieldSpec } from '../content/frontmatter';

/** A field with its text limit: text fields and lists of text carry `maxLength`. */
function withLimit(name: string, spec: FieldSpec): FieldSpec {
  const text = spec.type === 'string' || (spec.type === 'list' && spec.of?.type === 'string');
  if (!text) return nestedWithLimits(spec);
  return { ...spec, maxLength: TEXT_LIMITS[name] ?? TEXT_LIMIT_DEFAULT };
}

/** Lists of nested types (releases, files, redirects): their fields get limits too. */
function nestedWithLimits(spec: FieldSpec): FieldSpec {
  const def = spec.of?.def;
  if (!def || !spec.of) return spec;
  return {
    ...spec,
    of: {
      ...spec.of,
      def: () => {
        const nested = def();
        return { ...nested, fields: nested.fields && limited(nested.fields) };
      },
    },
  };
}

function limited(fields: Record<string, FieldSpec>): Record<string, FieldSpec> {
  return Object.fromEntries(Object.entries(fields).map(([name, spec]) => [name, withLimit(name, spec)]));
}

/**
 * Every collection's definition as plain data, for the content check and the editor's guide.
 * contentlayer's own field types are a wide union (references, images, …) that this site does
 * not use; CollectionSpec is the part it does, so the conversion is made here, once.
 */
export function collectionSpecs(): CollectionSpec[] {
  return [Doc, Post, Page, Provider, Component, Redirects].map((type) => {
    const spec = type.def() as unknown as CollectionSpec;
    return { ...spec, fields: limited(spec.fields) };
  });
}
