import { postTags, postYears } from '../../lib/site/blog/posts';
import { posts } from '../../lib/collections/collections';
import classes from './BlogAside.module.css';

/** Archive years, tags and feed links beside the blog lists. */
export function BlogAside() {
  const tags = postTags(posts);
  return (
    <aside className={classes.aside} aria-label="Blog archive" data-pagefind-ignore>
      <nav aria-labelledby="blog-archive-title">
        <h2 id="blog-archive-title">Archive</h2>
        <ul>
          {postYears(posts).map((year) => (
            <li key={year}>
              <a href={`/blog/${year}/`}>{year}</a>
            </li>
          ))}
        </ul>
      </nav>
      {tags.length > 0 && (
        <nav aria-labelledby="blog-tags-title">
          <h2 id="blog-tags-title">Tags</h2>
          <ul className="blog-aside-tags">
            {tags.map(({ tag, slug, posts: tagged }) => (
              <li key={slug}>
                <a href={`/blog/tags/${slug}/`}>
                  {tag} <span className={classes.count}>({tagged.length})</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div>
        <h2>Subscribe</h2>
        <ul>
          <li>
            <a href="/blog/feed.xml">Atom feed</a>
          </li>
          <li>
            <a href="/blog/rss.xml">RSS feed</a>
          </li>
          <li>
            <a href="/blog/feed.json">JSON Feed</a>
          </li>
        </ul>
      </div>
    </aside>
  );
}
