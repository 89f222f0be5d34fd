import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BlogListPage } from '../../../../components/blog/BlogListPage';
import { orPlaceholder, PLACEHOLDER } from '../../../../lib/site/blog/placeholder';
import { decodeParam, postTags } from '../../../../lib/site/blog/posts';
import { posts, routesOf } from '../../../../lib/collections/collections';
import { pageMetadata } from '../../../../lib/site/metadata';

type Params = { tag: string };

export const dynamicParams = false;

const tags = postTags(posts);

export function generateStaticParams(): Params[] {
  return orPlaceholder(
    routesOf('blog-tag').map(({ slug }) => ({ tag: slug })),
    { tag: PLACEHOLDER },
  );
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const tag = decodeParam((await params).tag);
  const entry = tags.find((t) => t.slug === tag);
  return entry
    ? pageMetadata({
        title: `Posts tagged “${entry.tag}”`,
        description: `Prometheus blog posts about ${entry.tag}.`,
        canonical: `/blog/tags/${entry.slug}/`,
      })
    : {};
}

export default async function BlogTag({ params }: { params: Promise<Params> }) {
  const tag = decodeParam((await params).tag);
  const entry = tags.find((t) => t.slug === tag);
  if (!entry) notFound();
  return <BlogListPage title={`Posts tagged “${entry.tag}”`} posts={entry.posts} />;
}
