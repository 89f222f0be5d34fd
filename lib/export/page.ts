// One exported page, finished: Next's runtime removed by allowlist (./allowlist.ts), Mantine's
// inline theme styles rewritten, and every /_next/ file the page still needs listed. The page is
// parsed once, by htmlparser2; changes are cut out of the original text by the parser's offsets,
// so everything else stays byte for byte as Next wrote it.
import { DomUtils, parseDocument } from 'htmlparser2';
import { linkVerdict, scriptVerdict, type SiteForms } from './allowlist';
import { cssUrls, isNextScript, NEXT_PREFIX, sitePath, srcsetUrls } from './references';
import type { Document, Element } from './tree';

export type PageOptions = SiteForms & {
  /** The page's path on the site (`/docs/foo/`): relative URLs resolve against it. */
  url: string;
  /** Rewrites the text of Mantine's theme style (<style data-mantine-styles="true">). */
  themeStyle: (css: string) => string;
};

export type FinishedPage = {
  html: string;
  /** The finished page's tree: removed elements detached, the theme style rewritten (offsets are the original text's). */
  document: Document;
  /** Every /_next/ path the finished page references (decoded, without query). */
  references: Set<string>;
};

/** Every problem of one page, so a build lists them all at once. */
export class PageError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  }
}

/** Attributes that hold URLs a browser fetches for the page (srcset-like ones hold lists). */
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'content'];
const SRCSET_ATTRIBUTES = ['srcset', 'imagesrcset'];

/** The element as written, shortened, for messages. */
function excerpt(html: string, element: Element): string {
  const start = element.startIndex ?? 0;
  const end = (element.endIndex ?? start) + 1;
  const text = html.slice(start, Math.min(end, start + 160)).replace(/\s+/g, ' ');
  return end - start > 160 ? `${text}…` : text;
}

/** Where a node is in the page's text: the page is parsed with offsets, so every node has them. */
function span(node: { startIndex: number | null; endIndex: number | null }): { start: number; end: number } {
  if (node.startIndex === null || node.endIndex === null) throw new Error('htmlparser2 gave a node without offsets');
  return { start: node.startIndex, end: node.endIndex + 1 };
}

/** Finishes one page, or throws a PageError naming each script-like thing it does not know. */
export function finishPage(html: string, file: string, options: PageOptions): FinishedPage {
  const document = parseDocument(html, { withStartIndices: true, withEndIndices: true });
  const problems: string[] = [];
  const edits: { start: number; end: number; text: string }[] = [];
  const references = new Set<string>();
  const reference = (value: string, element: Element, attribute: string) => {
    // Most URLs are the nav's links: only parse those that can name a file of Next's.
    if (!value.includes('_next')) return;
    const target = sitePath(value, options.url, options.siteUrl);
    if (!target?.startsWith(NEXT_PREFIX)) return;
    if (isNextScript(target)) problems.push(`Next's runtime is still referenced by ${attribute} of ${excerpt(html, element)}`);
    references.add(target);
  };
  for (const element of DomUtils.findAll(() => true, document.children)) {
    const verdict =
      element.name === 'script' ? scriptVerdict(element, options) : element.name === 'link' ? linkVerdict(element, options) : 'keep';
    if (verdict === 'next') {
      edits.push({ ...span(element), text: '' });
      DomUtils.removeElement(element);
      continue;
    }
    if (verdict !== 'keep') problems.push(`${verdict.unknown}: ${excerpt(html, element)}`);
    for (const [name, value] of Object.entries(element.attribs)) {
      // The CSP blocks inline handlers, so one would be dead code on the live site; nothing the site renders has them.
      if (/^on[a-z]+$/.test(name)) problems.push(`an event handler attribute ${name}: ${excerpt(html, element)}`);
      else if (URL_ATTRIBUTES.includes(name)) reference(value, element, name);
      else if (SRCSET_ATTRIBUTES.includes(name)) for (const url of srcsetUrls(value)) reference(url, element, name);
      else if (name === 'style') for (const url of cssUrls(value)) reference(url, element, name);
    }
    if (element.name !== 'style') continue;
    const text = element.children.at(0);
    if (element.attribs['data-mantine-styles'] === 'true' && text !== undefined && DomUtils.isText(text)) {
      const css = options.themeStyle(text.data);
      edits.push({ ...span(text), text: css });
      text.data = css;
    }
    for (const url of cssUrls(DomUtils.textContent(element))) reference(url, element, 'its text');
  }
  if (problems.length) throw new PageError(file, problems);
  let finished = '';
  let at = 0;
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    finished += html.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return { html: finished + html.slice(at), document, references };
}
