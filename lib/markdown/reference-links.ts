/**
 * Links from examples to the reference, made at build time: the names in PromQL (blocks and inline
 * code) to their definitions, and the keys of YAML configuration examples to their blocks in the
 * configuration reference, in the docs version the page belongs to. Each link joins the body's
 * links, so the check verifies it like one an editor wrote.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { configKeyLinks, configSchema } from './config-links';
import { linkRanges, type Link } from './link-ranges';
import { positionIn, type CodeStart } from './promql';
import { promqlLinks } from './promql-links';
import { referenceOf, referenceVersion, type Reference } from './reference';
import { referenceFile } from './reference-files';

/** The class of links made in code; the code's stylesheet shows them in the token's colour, underlined. */
export const CODE_LINK = 'code-link';

const codeOf = (pre: Element) => pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');

/** Links a code element's PromQL; names without a section are reported (see promqlLinks). */
function linkPromql(code: Element, start: CodeStart | null, reference: Reference, file: VFile): Link[] {
  const text = toString(code);
  const { links, missing } = promqlLinks(text, reference);
  for (const { offset, reason, fatal } of missing) {
    const message = file.message(reason, {
      place: start ? positionIn(text, offset, start) : undefined,
      ruleId: 'promql-link',
      source: 'promql',
    });
    message.fatal = fatal;
  }
  return links;
}

/** Runs after highlighting (which would drop links in code) and after rehypeContentRules has collected the body's own links. */
export function rehypeReferenceLinks() {
  return (tree: Root, file: VFile) => {
    const sourceFilePath = file.data.sourceFilePath ?? '';
    const version = referenceVersion(sourceFilePath);
    if (!version) return;
    const reference = referenceOf(version);
    const starts = file.data.codeStarts ?? [];
    // The configuration reference's own blocks link their placeholders instead (config-placeholders.ts).
    const ownBlocks = sourceFilePath === referenceFile(version, 'configuration');
    const made = (code: Element, text: string, links: Link[], start: CodeStart | null, kind: 'promql' | 'configuration') => {
      if (!links.length) return;
      linkRanges(code, links, CODE_LINK);
      for (const link of links) {
        const at = start ? positionIn(text, link.start, start) : undefined;
        (file.data.links ??= []).push({ href: link.href, line: at?.line, column: at?.column, made: kind });
      }
    };
    let index = 0;
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'pre') {
        const start = starts[index++] ?? null;
        const code = codeOf(node);
        const language = node.properties['data-language'];
        if (code && language === 'promql') made(code, toString(code), linkPromql(code, start, reference, file), start, 'promql');
        // Read only for a page with YAML: most pages have none.
        const configuration = code && language === 'yaml' && !ownBlocks ? reference.page('configuration') : null;
        if (code && configuration) {
          const text = toString(code);
          made(code, text, configKeyLinks(text, configSchema(configuration), configuration.url), start, 'configuration');
        }
        return SKIP;
      }
      if (node.tagName === 'a' || /^h[1-6]$/.test(node.tagName)) return SKIP;
      if (node.tagName === 'code' && node.properties.dataLanguage === 'promql') {
        // Inline code: its text starts after the opening backtick.
        const start = node.position ? { line: node.position.start.line, column: node.position.start.column + 1 } : null;
        made(node, toString(node), linkPromql(node, start, reference, file), start, 'promql');
        return SKIP;
      }
      return undefined;
    });
  };
}
