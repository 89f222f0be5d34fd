// After `next build`: Markdown for AI readers and tools.
// - every page's Markdown at its URL + .md (/docs/concepts/data_model.md), made from the pipeline's tree, links absolute;
// - /llms.txt: what the site is and a linked index of the current docs and the posts;
// - /llms-full.txt: all current docs in one Markdown file.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Doc, Page, Post } from 'contentlayer/generated';
import { pages, posts } from '../../lib/collections/collections';
import { docsRoutePaths, docsTree, findDocsRoute } from '../../lib/collections/docs';
import { readingOrder } from '../../lib/content/docs-tree';
import { processBody } from '../../lib/markdown/pipeline';
import { markdownPath, treeToMarkdown } from '../../lib/markdown/source';
import { siteConfig } from '../../site.config';

const OUT = process.env.OUT_DIR ?? 'out';
const absolute = (p: string) => new URL(p, siteConfig.url).href;

function write(url: string, markdown: string) {
  const file = path.join(OUT, markdownPath(url));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, markdown);
}

const docs = docsRoutePaths()
  .map((p) => findDocsRoute(p))
  .flatMap((route) => (route?.primary && route.doc ? [{ route, doc: route.doc }] : []));

// From the pipeline's tree (the body cache the check filled): what the page shows, sanitised, links resolved.
const markdown = new Map<string, string>();
for (const doc of [...docs.map((d) => d.doc), ...posts, ...pages]) {
  const { tree } = await processBody({
    raw: doc.body.raw,
    format: doc.format === 'mdx' ? 'mdx' : 'md',
    sourceFilePath: doc._raw.sourceFilePath,
  });
  if (!tree) throw new Error(`content/${doc._raw.sourceFilePath}: the body did not build (run npm run check)`);
  const text = treeToMarkdown({ title: doc.title, tree, url: doc.url, siteUrl: siteConfig.url });
  markdown.set(doc.url, text);
  write(doc.url, text);
}
const markdownOf = (doc: Doc | Post | Page) => markdown.get(doc.url) ?? '';

// Current docs (unversioned and the latest version) in the nav's reading order; hidden pages last.
const order = readingOrder(docsTree).map((crumb) => crumb.url);
const rank = (url: string) => (order.includes(url) ? order.indexOf(url) : order.length);
const current = docs.filter(({ route }) => route.searchable).sort((a, b) => rank(a.doc.url) - rank(b.doc.url));
const entry = (title: string, url: string, summary: string) =>
  `- [${title}](${absolute(markdownPath(url))})${summary ? `: ${summary}` : ''}`;
const index = `# ${siteConfig.name}

> ${siteConfig.description}

Every page is also available as Markdown at its URL with \`.md\` added. The full current
documentation in one file: ${absolute('/llms-full.txt')}.

## Documentation

${current.map(({ doc }) => entry(doc.title, doc.url, doc.summary)).join('\n')}

## Blog

${posts.map((post) => entry(`${post.title} (${post.date})`, post.url, post.summary)).join('\n')}

## Other pages

${pages.map((page) => entry(page.title, page.url, page.summary)).join('\n')}
`;
writeFileSync(path.join(OUT, 'llms.txt'), index);
writeFileSync(
  path.join(OUT, 'llms-full.txt'),
  `# ${siteConfig.name} documentation\n\n> ${siteConfig.description}\n\n${current.map(({ doc }) => `Source: ${absolute(doc.url)}\n\n${markdownOf(doc).replace(/^# /, '## ')}`).join('\n---\n\n')}`,
);
console.log(
  `Markdown: ${docs.length + posts.length + pages.length} pages as .md, llms.txt (${current.length} docs, ${posts.length} posts), llms-full.txt.`,
);
