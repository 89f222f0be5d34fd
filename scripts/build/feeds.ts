// Writes the blog feeds into out/ after `next build`: Atom (/blog/feed.xml), RSS 2.0
// (/blog/rss.xml) and JSON Feed (/blog/feed.json), each with every post in full. The HTML is
// the post's processed body (lib/markdown/pipeline.ts), as the page renders it.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Post } from 'contentlayer/generated';
import { posts } from '../../lib/collections/collections';
import { feedHtml } from '../../lib/site/blog/feed-html';
import { processBody } from '../../lib/markdown/pipeline';
import { atomFeed, jsonFeed, rssFeed, type FeedInfo } from '../../lib/site/blog/feeds';
import { siteConfig } from '../../site.config';

const OUT = process.env.OUT_DIR ?? 'out';

const absolute = (p: string) => new URL(p, siteConfig.url).href;
/** A post's body tree; the build already made it, so it comes from the body cache. */
async function postTree(post: Post) {
  const { tree } = await processBody({
    raw: post.body.raw,
    format: post.format === 'mdx' ? 'mdx' : 'md',
    sourceFilePath: post._raw.sourceFilePath,
  });
  if (!tree) throw new Error(`content/${post._raw.sourceFilePath}: the body does not parse; run npm run check`);
  return tree;
}
const items = await Promise.all(
  posts.map(async (post) => ({
    url: absolute(post.url),
    title: post.title,
    date: post.date,
    author: post.author_name,
    summary: post.summary,
    tags: post.tags,
    html: feedHtml(await postTree(post), absolute(post.url)),
  })),
);
const info: FeedInfo = {
  title: siteConfig.blog.feedTitle,
  description: 'Releases, guides, interviews and news from the Prometheus project.',
  siteUrl: absolute('/blog/'),
  feedUrls: { atom: absolute('/blog/feed.xml'), rss: absolute('/blog/rss.xml'), json: absolute('/blog/feed.json') },
};
writeFileSync(path.join(OUT, 'blog', 'feed.xml'), atomFeed(info, items));
writeFileSync(path.join(OUT, 'blog', 'rss.xml'), rssFeed(info, items));
writeFileSync(path.join(OUT, 'blog', 'feed.json'), jsonFeed(info, items));
console.log(`Feeds: ${items.length} posts in out/blog/feed.xml, rss.xml and feed.json.`);
