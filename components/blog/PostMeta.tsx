import { tagSlug } from '../../lib/site/blog/posts';

/** "25 November 2026 · Author · 4 min read", and the post's tags. */
export function PostMeta({ date, author, minutes, tags }: { date: string; author?: string; minutes: number; tags: string[] }) {
  return (
    <div className="post-meta">
      <p className="post-meta-line">
        <time dateTime={date}>{new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'UTC' })}</time>
        {author && <> · {author}</>} · {minutes} min read
      </p>
      {tags.length > 0 && (
        <ul className="post-tags" aria-label="Tags">
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
