// The Pagefind search index for `npm run dev` (predev), in public/pagefind/: the content
// collections' processed bodies, indexed directly, so search works without a production build.
// Production builds index the finished pages instead, in the postbuild walk (lib/export/hooks.ts).
import { rmSync } from 'node:fs';
import { toHtml } from 'hast-util-to-html';
import type { Doc, Page, Post } from 'contentlayer/generated';
import { docs, pages, posts } from '../../lib/collections/collections';
import { findDocsRoute } from '../../lib/collections/docs';
import { breadcrumbs } from '../../lib/content/docs-tree';
import { processBody } from '../../lib/markdown/pipeline';
import { indexablePage, searchIndexes } from '../../lib/export/search-index';

const outputPath = 'public/pagefind';

/** A body as the page renders it, with its heading ids: the pipeline's tree, from the body cache. */
async function bodyHtml(doc: Doc | Post | Page): Promise<string> {
  const { tree } = await processBody({
    raw: doc.body.raw,
    format: doc.format === 'mdx' ? 'mdx' : 'md',
    sourceFilePath: doc._raw.sourceFilePath,
  });
  return tree ? toHtml(tree) : '';
}

/** Indexes one page as the production build does: weighted, with a record per section that defines names. */
async function addPage(url: string, title: string, area: string, html: string, breadcrumb = '', bundle = ''): Promise<void> {
  const meta = breadcrumb ? ` data-pagefind-meta="breadcrumb:${breadcrumb.replace(/"/g, '&quot;')}"` : '';
  // As the page's article names an older version's index (components/search/searchAttributes.ts).
  const named = bundle ? ` data-search-bundle="${bundle}"` : '';
  const content = `<html lang="en"><body><article data-pagefind-body data-pagefind-filter="area:${area}"${meta}${named}><h1>${title}</h1>${html}</article></body></html>`;
  const page = indexablePage(content, url);
  if (!page) return;
  const problems = await indexes.add(url, page);
  if (problems.length) throw new Error(`Pagefind: ${problems.join('; ')}`);
}

rmSync(outputPath, { recursive: true, force: true });
const indexes = searchIndexes(outputPath);
for (const doc of docs) {
  // The same choice as the built pages make: latest and unversioned docs, older versions in their own index.
  const route = findDocsRoute(doc.slug);
  if (!route?.searchable && !route?.searchBundle) continue;
  const crumbs = breadcrumbs(route.tree, route.position, { title: doc.title, url: doc.url })
    .slice(0, -1)
    .map((c) => c.title)
    .join(' › ');
  await addPage(doc.url, doc.title, 'Docs', await bodyHtml(doc), crumbs, route.searchBundle);
}
for (const post of posts) await addPage(post.url, post.title, 'Blog', await bodyHtml(post));
for (const p of pages) await addPage(p.url, p.title, 'Other', await bodyHtml(p));
const { files, versions } = await indexes.write();
console.log(
  `Search index: ${files} files in ${outputPath}, ${versions} older versions among them (from the content collections, for npm run dev).`,
);
