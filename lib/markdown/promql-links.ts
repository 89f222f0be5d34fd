/**
 * Links in PromQL examples, from Prometheus's grammar: each function, aggregation, operator keyword
 * and modifier goes to where the reference of the page's docs version defines it (a 2.53 page into
 * 2.53). Targets are read from the reference pages themselves (lib/markdown/reference.ts): a
 * function by the heading or list item that names it, a keyword by the title of its section.
 */
import type { SyntaxNodeRef } from '@lezer/common';
import type { Link } from './link-ranges';
import { promqlParts } from './promql';
import { sectionDefining, sectionTitled, type Reference } from './reference';
import { referenceFile, type ReferencePageName } from './reference-files';

/** Where a keyword is explained: the page, and the section titles to look for, the most precise first. */
type KeywordTarget = { page: ReferencePageName; titles: readonly RegExp[] };

const AGGREGATION: KeywordTarget = { page: 'operators', titles: [/^aggregation operators$/i] };
const VECTOR_MATCHING: KeywordTarget = { page: 'operators', titles: [/^vector matching keywords$/i, /^vector matching$/i] };
const GROUP_MODIFIERS: KeywordTarget = {
  page: 'operators',
  titles: [/^group modifiers$/i, /^many-to-one and one-to-many vector matches$/i, /^vector matching$/i],
};
const SET_OPERATORS: KeywordTarget = { page: 'operators', titles: [/^logical\/set binary operators$/i] };
const AT_MODIFIER: KeywordTarget = { page: 'basics', titles: [/^@ modifier$/i] };

/** The grammar's keyword nodes, by where each is explained. Kept to section titles every synced version has (the check fails when one is missing). */
export const KEYWORD_SECTIONS: Readonly<Partial<Record<string, KeywordTarget>>> = {
  By: AGGREGATION,
  Without: AGGREGATION,
  On: VECTOR_MATCHING,
  Ignoring: VECTOR_MATCHING,
  GroupLeft: GROUP_MODIFIERS,
  GroupRight: GROUP_MODIFIERS,
  And: SET_OPERATORS,
  Or: SET_OPERATORS,
  Unless: SET_OPERATORS,
  Bool: { page: 'operators', titles: [/^comparison binary operators$/i] },
  Atan2: { page: 'operators', titles: [/^trigonometric binary operators$/i] },
  Offset: { page: 'basics', titles: [/^offset modifier$/i] },
  At: AT_MODIFIER,
  // `start()` and `end()` after `@`.
  AtModifierPreprocessors: AT_MODIFIER,
};

/** The grammar's nodes for `start()` and `end()`. */
export const AT_FUNCTIONS: ReadonlySet<string> = new Set(['StartFn', 'EndFn']);

/** A link for a name in an example, or why there is none: `fatal` when the site's own table (KEYWORD_SECTIONS) is out of date. */
export type PromqlLinkResult = { links: Link[]; missing: { offset: number; reason: string; fatal: boolean }[] };

/** The reference section for one grammar node, or why there is none; null for nodes that link nowhere. */
function target(node: SyntaxNodeRef, text: string, reference: Reference): { href: string } | { reason: string; fatal: boolean } | null {
  const keyword = KEYWORD_SECTIONS[node.name];
  const name = text.slice(node.from, node.to);
  if (node.name === 'FunctionIdentifier' || node.name === 'AggregateOp') {
    const pageName = node.name === 'FunctionIdentifier' ? 'functions' : 'operators';
    const page = reference.page(pageName);
    if (!page) return null;
    const section = sectionDefining(page, name) ?? (pageName === 'operators' ? sectionTitled(page, AGGREGATION.titles) : undefined);
    if (section) return { href: `${page.url}#${section.id}` };
    // `start()` and `end()` are the @ modifier's before a version documents them as functions.
    const basics = AT_FUNCTIONS.has(node.node.firstChild?.name ?? '') ? reference.page('basics') : null;
    const at = basics && sectionTitled(basics, AT_MODIFIER.titles);
    if (basics && at) return { href: `${basics.url}#${at.id}` };
    return {
      reason: `\`${name}\` is not in the ${pageName} reference of Prometheus ${reference.version} (${referenceFile(reference.version, pageName)}): not linked`,
      fatal: false,
    };
  }
  if (!keyword) return null;
  const page = reference.page(keyword.page);
  if (!page) return null;
  const section = sectionTitled(page, keyword.titles);
  if (section) return { href: `${page.url}#${section.id}` };
  return {
    reason: `\`${name}\` links to a section titled ${keyword.titles.map(String).join(' or ')} in ${referenceFile(reference.version, keyword.page)}, which has none: update KEYWORD_SECTIONS in lib/markdown/promql-links.ts`,
    fatal: true,
  };
}

/** The links of a PromQL example (offsets into `source`), in order, and the names that found no section. */
export function promqlLinks(source: string, reference: Reference): PromqlLinkResult {
  const result: PromqlLinkResult = { links: [], missing: [] };
  for (const part of promqlParts(source)) {
    part.tree.iterate({
      enter(node) {
        if (node.type.isError) return false;
        const found = target(node, part.text, reference);
        if (!found) return undefined;
        const start = part.from + node.from;
        if ('href' in found) result.links.push({ start, end: part.from + node.to, href: found.href });
        else result.missing.push({ offset: start, ...found });
        // A keyword's or a name's node holds nothing else to link.
        return false;
      },
    });
  }
  return result;
}
