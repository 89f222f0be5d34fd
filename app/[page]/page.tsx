import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ContentArticle } from '../../components/ContentArticle';
import { DEDICATED_PAGES, findPage, routesOf } from '../../lib/collections/collections';
import { pageMetadata } from '../../lib/site/metadata';

type Params = { page: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return routesOf('page').flatMap(({ url }) => (DEDICATED_PAGES.has(url.slice(1, -1)) ? [] : [{ page: url.slice(1, -1) }]));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const page = findPage((await params).page);
  return page ? pageMetadata({ title: page.title, description: page.summary || undefined, canonical: page.url }) : {};
}

export default async function ContentPageRoute({ params }: { params: Promise<Params> }) {
  const page = findPage((await params).page);
  if (!page) notFound();
  return <ContentArticle doc={page} title={page.title} area="Other" />;
}
