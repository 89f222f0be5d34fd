/**
 * The one module that turns content bodies into React. Every page renders through
 * `renderBody`, so swapping next-mdx-remote (archived) touches only this file.
 */
import { compile, nodeTypes } from '@mdx-js/mdx';
import { compileMDX } from 'next-mdx-remote/rsc';
import type { ReactNode } from 'react';
import rehypeRaw from 'rehype-raw';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import type { Pluggable, PluggableList } from 'unified';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { mdxComponents } from '../../components/mdx-components';
import { scanLimits } from '../content/limits';
import { parseMarkdown } from '../content/parse';
import { rehypeAllowlist, rehypeMdxJsxToHast } from './allowlist';
import { remarkCallouts } from './callouts';
import { rehypePlaceholderLinks } from './config-placeholders';
import { ContentError, formatProblems, type BodyProblem } from './errors';
import { rehypeHeadingLinks } from './headings';
import { rehypeLinks } from './links';
import { remarkNoJavaScript } from './no-javascript';
import { rehypeContentRules, rehypeDemoteH1, type BodyId, type BodyLink } from './rules';
import { upstreamLocation } from '../content/versions';
import { shikiPlugin } from './shiki';

/** What the renderer needs of a document; every collection has these fields. */
export type RenderableDoc = {
  body: { raw: string };
  format: string;
  bodyLineOffset: number;
  _raw: { sourceFilePath: string };
};

type Format = 'md' | 'mdx';

/** Docs synced from another repository: never fail the build (their problems are the check's warnings). */
function isSynced(sourceFilePath: string): boolean {
  return upstreamLocation(sourceFilePath)?.section.mode === 'synced';
}

/** The plugins every body goes through; checks pass no `highlight` plugin: they need no colours. */
function pipeline(format: Format, sourceFilePath: string, capture: (file: VFile) => void, highlight?: Pluggable, lenient = false) {
  const remarkPlugins: PluggableList = [
    // First, so that problems raised by later plugins can be read back with their positions.
    () => (_tree: unknown, file: VFile) => {
      capture(file);
    },
    remarkGfm,
    remarkCallouts,
    ...(format === 'mdx' ? [remarkNoJavaScript] : []),
  ];
  const rehypePlugins: PluggableList = [
    // `.md` keeps raw HTML (`<br>`, `<img>`); without this MDX would drop it silently. MDX's JSX
    // becomes plain elements, so both formats reach the allowlist as one kind of tree.
    format === 'md' ? rehypeRaw : rehypeMdxJsxToHast,
    // Before the site's own plugins: they add markup that content may not write.
    rehypeAllowlist,
    rehypeSlug,
    // Runs after rehype-slug: it needs heading ids.
    rehypeHeadingLinks,
    [rehypeLinks, { sourceFilePath }],
    // Runs after rehype-slug and rehypeLinks: it reads ids and resolved links.
    rehypeContentRules,
    // Synced docs follow their own repository's rules: an h1 there reads as a section heading here.
    ...(lenient ? [rehypeDemoteH1] : []),
    ...(highlight ? [highlight] : []),
    // After highlighting, which would otherwise drop the links it finds inside code blocks.
    rehypePlaceholderLinks,
    // Last: stops the compile if any check above found a problem, so none is rendered half-way.
    // Synced docs are the exception: the check warns, and the sanitized page is built.
    () => (_tree: unknown, file: VFile) => {
      if (!lenient && file.messages.some((m) => m.fatal)) throw new ContentError('content problems');
    },
  ];
  return { remarkPlugins, rehypePlugins, remarkRehypeOptions: { passThrough: [...nodeTypes] } };
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

/** The file's fatal messages in reading order (plugins walk trees in their own orders). */
function problemsOf(file: VFile): BodyProblem[] {
  return file.messages
    .filter((m) => m.fatal)
    .map(positionOf)
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** Re-parses a body that failed before any plugin ran, to get the syntax error's position. */
function syntaxProblem(format: Format, raw: string, fallback: unknown): BodyProblem {
  try {
    parseMarkdown(raw, format);
  } catch (error) {
    if (error instanceof VFileMessage) {
      const problem = positionOf(error);
      return { ...problem, reason: `MDX syntax error: ${problem.reason}` };
    }
  }
  return { reason: fallback instanceof Error ? fallback.message : String(fallback) };
}

/** A body over the content limits is never parsed: some shapes would stall the parser. */
function limitProblems(raw: string): BodyProblem[] {
  return scanLimits(raw).map(({ line, column, message }) => ({ line, column, reason: message }));
}

/** Compiles and renders a document body; content errors throw with the file, line and a code frame. */
export async function renderBody(doc: RenderableDoc): Promise<ReactNode> {
  const format: Format = doc.format === 'mdx' ? 'mdx' : 'md';
  const sourceFilePath = doc._raw.sourceFilePath;
  const over = limitProblems(doc.body.raw);
  if (over.length) throw new ContentError(`Cannot render content/${sourceFilePath}:\n\n${formatProblems(sourceFilePath, doc.bodyLineOffset, over)}\n`);
  let file: VFile | undefined;
  try {
    const { content } = await compileMDX({
      source: doc.body.raw,
      components: mdxComponents,
      // Content comes from pull requests, forks included: it must never run code.
      options: { blockJS: true, blockDangerousJS: true, mdxOptions: { format, ...pipeline(format, sourceFilePath, (f) => {
        file = f;
      }, await shikiPlugin(), isSynced(sourceFilePath)) } },
    });
    return content;
  } catch (error) {
    const problems = file ? problemsOf(file) : [];
    if (problems.length === 0) problems.push(syntaxProblem(format, doc.body.raw, error));
    throw new ContentError(`Cannot render content/${sourceFilePath}:\n\n${formatProblems(sourceFilePath, doc.bodyLineOffset, problems)}\n`);
  }
}

/** What checking a body finds: its problems and warnings (body positions), internal links and ids. */
export type BodyCheck = { problems: BodyProblem[]; warnings: BodyProblem[]; links: BodyLink[]; ids: BodyId[] };

/** Messages that do not stop the build (links to moved pages), for the check's warnings. */
function warningsOf(file: VFile): BodyProblem[] {
  return file.messages.filter((m) => !m.fatal && m.ruleId === 'moved-link').map(positionOf);
}

/**
 * Compiles a body with the same plugins as `renderBody`, minus highlighting, and reports every
 * problem instead of stopping at the first: for `npm run check` and the build's first step.
 */
export async function checkBody(raw: string, format: Format, sourceFilePath: string): Promise<BodyCheck> {
  const over = limitProblems(raw);
  if (over.length) return { problems: over, warnings: [], links: [], ids: [] };
  let file = new VFile(raw);
  const options = pipeline(format, sourceFilePath, (f) => {
    file = f;
  });
  try {
    await compile(file, { format, ...options });
  } catch (error) {
    const problems = problemsOf(file);
    // Rule problems stop the compile after the links were collected: report those too.
    return { problems: problems.length ? problems : [syntaxProblem(format, raw, error)], warnings: warningsOf(file), links: file.data.links ?? [], ids: file.data.ids ?? [] };
  }
  return { problems: [], warnings: warningsOf(file), links: file.data.links ?? [], ids: file.data.ids ?? [] };
}
