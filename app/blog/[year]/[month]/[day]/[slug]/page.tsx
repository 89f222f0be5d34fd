import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ContentArticle } from '../../../../../../components/ContentArticle';
import { JsonLd } from '../../../../../../components/JsonLd';
import { PostMeta } from '../../../../../../components/blog/PostMeta';
import { orPlaceholder, PLACEHOLDER } from '../../../../../../lib/site/blog/placeholder';
import { decodeParam } from '../../../../../../lib/site/blog/posts';
import { blogPosting } from '../../../../../../lib/site/structured-data';
import { findPost, routesOf } from '../../../../../../lib/collections/collections';
import { pageMetadata } from '../../../../../../lib/site/metadata';
import classes from './page.module.css';

type Params = { year: string; month: string; day: string; slug: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  const params = routesOf('post').map((route) => {
    const [year, month, day, slug] = route.url.split('/').slice(2, 6);
    return { year, month, day, slug };
  });
  return orPlaceholder(params, { year: PLACEHOLDER, month: PLACEHOLDER, day: PLACEHOLDER, slug: PLACEHOLDER });
}

async function postFor(params: Promise<Params>) {
  const { year, month, day, slug } = await params;
  return findPost(`/blog/${year}/${month}/${day}/${decodeParam(slug)}/`);
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const post = await postFor(params);
  return post
    ? pageMetadata({
        title: post.title,
        description: post.summary,
        canonical: post.url,
        article: { publishedTime: post.date, authors: post.author_name ? [post.author_name] : undefined, tags: post.tags, section: 'Blog' },
      })
    : {};
}

export default async function PostRoute({ params }: { params: Promise<Params> }) {
  const post = await postFor(params);
  if (!post) notFound();
  const meta = <PostMeta date={post.date} author={post.author_name} minutes={post.readingMinutes} tags={post.tags} />;
  return (
    <ContentArticle doc={post} title={post.title} meta={meta} area="Blog">
      <JsonLd
        data={blogPosting({
          title: post.title,
          description: post.summary,
          url: post.url,
          date: post.date,
          author: post.author_name,
          modified: post.lastUpdated,
        })}
      />
      <p className={classes.back}>
        <a href="/blog/">← All posts</a>
      </p>
    </ContentArticle>
  );
}
