import { Text } from '@mantine/core';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ContentArticle } from '../../../../../../components/ContentArticle';
import { findPost, posts } from '../../../../../../lib/content/collections';

type Params = { year: string; month: string; day: string; slug: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return posts.map((post) => {
    const [year, month, day] = post.date.split('-');
    return { year, month, day, slug: post.slug };
  });
}

async function postFor(params: Promise<Params>) {
  const { year, month, day, slug } = await params;
  return findPost(`/blog/${year}/${month}/${day}/${slug}/`);
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const post = await postFor(params);
  return post ? { title: post.title, description: post.description, alternates: { canonical: post.url } } : {};
}

export default async function PostRoute({ params }: { params: Promise<Params> }) {
  const post = await postFor(params);
  if (!post) notFound();
  const meta = (
    <Text c="dimmed" mb="lg">
      <time dateTime={post.date}>{new Date(`${post.date}T00:00:00Z`).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'UTC' })}</time>
      {post.author_name && <> · {post.author_name}</>}
    </Text>
  );
  return <ContentArticle doc={post} title={post.title} meta={meta} />;
}
