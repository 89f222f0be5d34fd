import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ContentArticle } from '../../components/ContentArticle';
import { DEDICATED_PAGES, findPage, pages } from '../../lib/content/collections';
import { pageMetadata } from '../../lib/metadata';

type Params = { page: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return pages.filter((page) => !DEDICATED_PAGES.has(page.slug)).map((page) => ({ page: page.slug }));
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
