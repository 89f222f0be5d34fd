import type { Post } from 'contentlayer/generated';
import { renderExcerpt } from '../../lib/markdown/render';
import { mdxComponents } from '../mdx-components';
import { ContentBody } from '../ContentBody';
import { PostMeta } from './PostMeta';
import classes from './PostList.module.css';

/** Posts with their excerpts, rendered by the same module as full posts. */
export async function PostList({ posts }: { posts: Post[] }) {
  const items = await Promise.all(posts.map(async (post) => ({ post, excerpt: await renderExcerpt(post, mdxComponents) })));
  return (
    // `post-list`, `post-list-heading` and `post-excerpt`: the e2e tests and the export check read the list by them.
    <ol className={`post-list ${classes.list}`}>
      {items.map(({ post, excerpt }) => (
        <li key={post.url}>
          <article aria-labelledby={`post-${post.slug}`}>
            <h2 id={`post-${post.slug}`} className={`post-list-heading ${classes.heading}`}>
              <a href={post.url} className={classes.title}>
                {post.title}
              </a>
            </h2>
            <PostMeta date={post.date} author={post.author_name} minutes={post.readingMinutes} tags={post.tags} />
            {excerpt && <ContentBody className={`post-excerpt ${classes.excerpt}`}>{excerpt}</ContentBody>}
            <a href={post.url} className={classes.readMore} aria-label={`Read more: ${post.title}`}>
              Read more →
            </a>
          </article>
        </li>
      ))}
    </ol>
  );
}
