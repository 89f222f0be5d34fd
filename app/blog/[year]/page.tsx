import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BlogListPage } from '../../../components/blog/BlogListPage';
import { orPlaceholder, PLACEHOLDER } from '../../../lib/site/blog/placeholder';
import { postYears } from '../../../lib/site/blog/posts';
import { posts, routesOf } from '../../../lib/collections/collections';
import { pageMetadata } from '../../../lib/site/metadata';

type Params = { year: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return orPlaceholder(
    routesOf('blog-year').map(({ year }) => ({ year })),
    { year: PLACEHOLDER },
  );
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { year } = await params;
  if (!postYears(posts).includes(year)) return {};
  return pageMetadata({
    title: `Blog posts from ${year}`,
    description: `Everything the Prometheus blog published in ${year}.`,
    canonical: `/blog/${year}/`,
  });
}

export default async function BlogYear({ params }: { params: Promise<Params> }) {
  const { year } = await params;
  const list = posts.filter((post) => post.date.startsWith(`${year}-`));
  if (list.length === 0) notFound();
  return <BlogListPage title={`Posts from ${year}`} posts={list} />;
}
