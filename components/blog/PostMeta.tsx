import { tagSlug } from '../../lib/site/blog/posts';
import classes from './PostMeta.module.css';

/** "25 November 2026 · Author · 4 min read", and the post's tags. */
export function PostMeta({ date, author, minutes, tags }: { date: string; author?: string; minutes: number; tags: string[] }) {
  return (
    // `post-meta` and `post-tags`: the e2e tests read a post's line and tags by them.
    <div className={`post-meta ${classes.meta}`}>
      <p className={classes.line}>
        <time dateTime={date}>{new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'UTC' })}</time>
        {author && <> · {author}</>} · {minutes} min read
      </p>
      {tags.length > 0 && (
        <ul className={`post-tags ${classes.tags}`} aria-label="Tags">
          {tags.map((tag) => (
            <li key={tag}>
              <a href={`/blog/tags/${tagSlug(tag)}/`}>{tag}</a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
