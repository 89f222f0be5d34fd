import { Text, Title } from '@mantine/core';
import type { Metadata } from 'next';
import Link from 'next/link';
import { posts } from '../../lib/content/collections';

export const metadata: Metadata = { title: 'Blog', description: 'News, releases and stories from the Prometheus project.' };

export default function BlogIndex() {
  return (
    <div className="content-page">
      <Title order={1} className="content-page-title">
        Blog
      </Title>
      {posts.length === 0 && <Text>No posts yet.</Text>}
      <ul className="post-list">
        {posts.map((post) => (
          <li key={post.url}>
            <Link href={post.url} className="post-list-title">
              {post.title}
            </Link>
            <Text c="dimmed" fz="sm">
              <time dateTime={post.date}>{post.date}</time>
              {post.author_name && <> · {post.author_name}</>}
            </Text>
          </li>
        ))}
      </ul>
    </div>
  );
}
