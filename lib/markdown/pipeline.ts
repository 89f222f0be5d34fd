/**
 * The one pass every content body goes through. From a single parse it yields everything
 * downstream needs: the sanitised, highlighted tree pages render (lib/markdown/render.tsx),
 * the TOC and ids (rehype-slug's, the only slugger), links for the check, the excerpt, the plain
 * text and every problem with its position. `npm run check`, contentlayer's computed fields, the
 * pages and the feeds all read it; results are kept on disk by content hash (lib/markdown/body-cache.ts).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Root as MdastRoot } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import type { Node, Parent } from 'unist';
import { SKIP, visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { scanLimits } from '../content/limits';
import { upstreamLocation } from '../content/versions';
import { rehypeAllowlist, rehypeMdxJsxToHast } from './allowlist';
import { cachedBody, storeBody } from './body-cache';
import { remarkCallouts } from './callouts';
import { rehypePlaceholderLinks } from './config-placeholders';
import type { BodyProblem } from './errors';
import { rehypeHeadingLinks } from './headings';
import { rehypeImageDimensions } from './image-dimensions';
import { rehypeLinks } from './links';
import { remarkMoreMarker } from './more-marker';
import { remarkNoJavaScript } from './no-javascript';
import { rehypeContentRules, rehypeDemoteH1, type BodyId, type BodyLink } from './rules';
import { rehypeDetectPromql, rehypePromql } from './promql';
import { rehypeReferenceLinks } from './reference-links';
import { rehypeLeanCode, shikiPlugin } from './shiki';
import { remarkUnravelJsx } from './unravel';

export type Format = 'md' | 'mdx';

/** One entry of a page's "On this page" list. */
export type TocEntry = {
  /** 2 or 3: the heading level. */
  depth: 2 | 3;
  /** Plain text of the heading. */
  text: string;
  /** The heading's id in the rendered page. */
  id: string;
};

/** What a body yields; JSON, so it is cached on disk as it is. */
export type ProcessedBody = {
  /** The tree to render: sanitised, with heading ids, links resolved and code highlighted; null when the body does not parse. */
  tree: Root | null;
  /** h2 and h3 headings with their ids. */
  toc: TocEntry[];
  /** Problems that fail the build (positions in the body, frontmatter not counted). */
  problems: BodyProblem[];
  /** Problems that do not: links to moved pages, images whose size cannot be read (remote ones), PromQL problems in synced docs. */
  warnings: BodyProblem[];
  /** Site-internal links and image sources, for the link check. */
  links: BodyLink[];
  /** Every id in the body, for anchor checks. */
  ids: BodyId[];
  /** What lists show: the nodes before `<!-- more -->` (`marked`), else the first paragraph, with its text; null if neither. */
  excerpt: { tree: Root; marked: boolean; text: string } | null;
  /** The body's text without markup or code, for summaries and reading time. */
  text: string;
};

/** What the pipeline needs of a body. */
export type BodyInput = { raw: string; format: Format; sourceFilePath: string };

/** Docs synced from another repository follow its rules: their problems are the check's warnings, never a failed build. */
export function isSynced(sourceFilePath: string): boolean {
  return upstreamLocation(sourceFilePath)?.section.mode === 'synced';
}

/** Shiki puts each highlighted block in a root of its own: those become plain children, so the tree is ordinary hast. */
function rehypeUnwrapRoots() {
  return (tree: Root) => {
    visit(tree, (node: Node, index: number | undefined, parent: Parent | undefined) => {
      if (node.type !== 'root' || !parent || index === undefined) return;
      parent.children.splice(index, 1, ...(node as Root).children);
      return [SKIP, index];
    });
  };
}

type Processor = ReturnType<typeof makeProcessor>;

function makeProcessor(format: Format, highlight: PluggableList) {
  const rehypePlugins: PluggableList = [
    // `.md` keeps raw HTML (`<br>`, `<img>`) as elements; MDX's JSX becomes plain elements too,
    // so both formats reach the allowlist as one kind of tree.
    format === 'md' ? rehypeRaw : rehypeMdxJsxToHast,
    // Before the site's own plugins: they add markup that content may not write.
    rehypeAllowlist,
    rehypeSlug,
    // Runs after rehype-slug: it needs heading ids.
    rehypeHeadingLinks,
    rehypeLinks,
    // After rehypeLinks: it reads the resolved image paths.
    rehypeImageDimensions,
    // Runs after rehype-slug and rehypeLinks: it reads ids and resolved links.
    rehypeContentRules,
    rehypeDemoteH1,
    // Before Shiki: a fence without a language that is PromQL becomes a ` ```promql ` one.
    rehypeDetectPromql,
    ...highlight,
    // After Shiki, which shows PromQL as plain text: it colours those blocks from Prometheus's grammar.
    rehypePromql,
    rehypeUnwrapRoots,
    rehypeLeanCode,
    // After highlighting, which would otherwise drop the links it finds inside code blocks.
    rehypePlaceholderLinks,
    // After highlighting too, and after rehypeContentRules: it adds its links to the ones the check verifies.
    rehypeReferenceLinks,
  ];
  return (
    unified()
      .use(remarkParse)
      .use(format === 'mdx' ? [remarkMdx, remarkUnravelJsx] : [])
      .use(remarkGfm)
      .use(remarkCallouts)
      // Before remarkNoJavaScript, which drops comments such as MDX's `{/* more */}`.
      .use(remarkMoreMarker)
      .use(format === 'mdx' ? [remarkNoJavaScript] : [])
      .use(remarkRehype, {
        allowDangerousHtml: true,
        passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'],
      })
      .use(rehypePlugins)
  );
}

let processors: Promise<Record<Format, Processor>> | undefined;

/** One processor per format and process, sharing one Shiki highlighter. */
function getProcessors(): Promise<Record<Format, Processor>> {
  processors ??= shikiPlugin().then((shiki) => ({ md: makeProcessor('md', [shiki]), mdx: makeProcessor('mdx', [shiki]) }));
  return processors;
}

type Point = { line?: number | null; column?: number | null };
/** A vfile message's `place` is a point or a position (`start`/`end`). */
type Located = Point & { place?: (Point & { start?: Point }) | null };

/** `(3:1-3:21)` at the end of a reason: some parser errors carry their position only there. */
const POSITION_IN_REASON = /\s*\((\d+):(\d+)(?:-\d+:\d+)?\)$/;

/** Line and column of a vfile message, wherever it keeps them: its fields, `place`, or its text. */
function positionOf(message: Located & { reason: string }): BodyProblem {
  const point = typeof message.line === 'number' ? message : (message.place?.start ?? message.place);
  if (typeof point?.line === 'number') return { reason: message.reason, line: point.line, column: point.column ?? undefined };
  const match = POSITION_IN_REASON.exec(message.reason);
  if (!match) return { reason: message.reason };
  return { reason: message.reason.slice(0, match.index), line: Number(match[1]), column: Number(match[2]) };
}

/** Messages in reading order (plugins walk trees in their own orders). */
const inReadingOrder = (a: BodyProblem, b: BodyProblem) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);

/** h2/h3 headings of the rendered tree, with the ids rehype-slug gave them. */
function tocOf(tree: Root): TocEntry[] {
  const entries: TocEntry[] = [];
  const walk = (nodes: (RootContent | ElementContent)[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      if ((node.tagName === 'h2' || node.tagName === 'h3') && typeof node.properties.id === 'string') {
        // The self-link (rehypeHeadingLinks) is not part of the heading's text.
        const text = node.children.filter(
          (child) => !(child.type === 'element' && child.properties.className?.toString() === 'heading-anchor'),
        );
        entries.push({
          depth: node.tagName === 'h2' ? 2 : 3,
          text: toString({ type: 'root', children: text }).trim(),
          id: node.properties.id,
        });
      } else walk(node.children);
    }
  };
  walk(tree.children);
  return entries;
}

/** Text of nodes for summaries: prose only, code blocks left out. */
function plainText(nodes: RootContent[]): string {
  const prose = nodes.filter((node) => !(node.type === 'element' && node.tagName === 'pre'));
  return toString({ type: 'root', children: prose }).replace(/\s+/g, ' ').trim();
}

/** The nodes before the more marker's line (remarkMoreMarker), else the first paragraph. */
function excerptOf(tree: Root, moreLine: number | undefined): ProcessedBody['excerpt'] {
  if (moreLine !== undefined) {
    // Highlighted code blocks lose their position: they go with the nodes before them.
    const end = tree.children.findIndex((node) => (node.position?.start.line ?? 0) > moreLine);
    const before = end === -1 ? tree.children : tree.children.slice(0, end);
    return { tree: { type: 'root', children: structuredClone(before) }, marked: true, text: plainText(before) };
  }
  const first = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'p');
  return first ? { tree: { type: 'root', children: [structuredClone(first)] }, marked: false, text: plainText([first]) } : null;
}

/** Messages that are the check's warnings when not fatal: moved links, unreadable image sizes, PromQL problems in synced docs. */
const WARNING_RULES: ReadonlySet<string> = new Set(['moved-link', 'image-size', 'promql-syntax', 'promql-link']);

/** Runs the pipeline on a body; problems never throw, so the check sees them all at once. */
async function run({ raw, format, sourceFilePath }: BodyInput): Promise<ProcessedBody> {
  const empty = { tree: null, toc: [], warnings: [], links: [], ids: [], excerpt: null, text: '' };
  // A body over the content limits is never parsed: some shapes would stall the parser.
  const over = scanLimits(raw);
  if (over.length) return { ...empty, problems: over.map(({ line, column, message }) => ({ line, column, reason: message })) };
  const processor = (await getProcessors())[format];
  const file = new VFile({ value: raw, data: { sourceFilePath, lenient: isSynced(sourceFilePath) } });
  let mdast: MdastRoot;
  try {
    mdast = processor.parse(file);
  } catch (error) {
    if (!(error instanceof VFileMessage)) throw error;
    const problem = positionOf(error);
    return { ...empty, problems: [{ ...problem, reason: `MDX syntax error: ${problem.reason}` }] };
  }
  const tree = await processor.run(mdast, file);
  const excerpt = excerptOf(tree, file.data.moreLine);
  const problems = file.messages
    .filter((m) => m.fatal)
    .map(positionOf)
    .sort(inReadingOrder);
  // Positions have been read (problems, excerpt): without them the cached tree is a third smaller.
  for (const root of [tree, excerpt?.tree]) {
    if (root) {
      visit(root, (node) => {
        delete node.position;
      });
    }
  }
  return {
    tree,
    toc: tocOf(tree),
    problems,
    warnings: file.messages.filter((m) => !m.fatal && WARNING_RULES.has(m.ruleId ?? '')).map(positionOf),
    links: file.data.links ?? [],
    ids: file.data.ids ?? [],
    excerpt,
    text: plainText(tree.children),
  };
}

/** Bodies processed in this process, by cache key: a page and its computed fields ask for the same one. */
const recent = new Map<string, Promise<ProcessedBody>>();
const RECENT_LIMIT = 16;

/**
 * A body through the pipeline, from this process's memory, else the disk cache, else computed
 * (and stored). Callers must not change the result.
 */
export function processBody(input: BodyInput): Promise<ProcessedBody> {
  const cached = cachedBody(input);
  let result = recent.get(cached.key);
  if (result) return result;
  result = cached.value ? Promise.resolve(cached.value) : run(input).then((body) => storeBody(cached.key, body));
  recent.set(cached.key, result);
  if (recent.size > RECENT_LIMIT) recent.delete(recent.keys().next().value ?? cached.key);
  return result;
}
