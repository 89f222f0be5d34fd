/**
 * The one module that turns content bodies into React: the pipeline's tree (lib/markdown/pipeline.ts),
 * already sanitised and highlighted, becomes elements through the MDX component map. Nothing is
 * parsed again and no generated JavaScript runs: with the tree in hand, compiling it to code and
 * evaluating that (next-mdx-remote's way) took 0.9 s of the configuration reference's 1.1 s.
 */
import type { Root } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { MDXComponents } from 'mdx/types';
import type { ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { ContentError, formatProblems } from './errors';
import { isSynced, processBody, type Format } from './pipeline';

/** What the renderer needs of a document; every collection has these fields. */
export type RenderableDoc = {
  body: { raw: string };
  format: string;
  bodyLineOffset: number;
  _raw: { sourceFilePath: string };
};

const formatOf = (doc: RenderableDoc): Format => (doc.format === 'mdx' ? 'mdx' : 'md');

// The map comes from the caller (components/mdx-components.tsx): the pipeline sits below the components.
function toReact(tree: Root, components: MDXComponents): ReactNode {
  // Its declared result is the global JSX.Element, which React 19's types no longer declare.
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, components, passKeys: true, passNode: false }) as ReactNode;
}

/** A document's processed body; content problems throw with the file, line and a code frame. */
async function processed(doc: RenderableDoc) {
  const sourceFilePath = doc._raw.sourceFilePath;
  const body = await processBody({ raw: doc.body.raw, format: formatOf(doc), sourceFilePath });
  // Synced docs are the exception: the check warns, and the sanitised page is built.
  if (body.tree === null || (body.problems.length && !isSynced(sourceFilePath))) {
    throw new ContentError(
      `Cannot render content/${sourceFilePath}:\n\n${formatProblems(sourceFilePath, doc.bodyLineOffset, body.problems)}\n`,
    );
  }
  return { ...body, tree: body.tree };
}

/** Renders a document body. */
export async function renderBody(doc: RenderableDoc, components: MDXComponents): Promise<ReactNode> {
  return toReact((await processed(doc)).tree, components);
}

/** What a list shows of a post: the text before `<!-- more -->`, else its description, else its first paragraph. */
export async function renderExcerpt(doc: RenderableDoc & { description?: string }, components: MDXComponents): Promise<ReactNode> {
  const { excerpt } = await processed(doc);
  if (excerpt?.marked) return toReact(excerpt.tree, components);
  if (doc.description) return <p>{doc.description}</p>;
  return excerpt ? toReact(excerpt.tree, components) : null;
}
