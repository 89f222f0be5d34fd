import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ContentArticle } from '../../../components/ContentArticle';
import { docs, findDoc } from '../../../lib/content/collections';

type Params = { slug?: string[] };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return docs.map((doc) => ({ slug: doc.slug ? doc.slug.split('/') : [] }));
}

async function docFor(params: Promise<Params>) {
  return findDoc((await params).slug?.join('/') ?? '');
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const doc = await docFor(params);
  return doc ? { title: doc.title, description: doc.description, alternates: { canonical: doc.url } } : {};
}

export default async function DocRoute({ params }: { params: Promise<Params> }) {
  const doc = await docFor(params);
  if (!doc) notFound();
  return <ContentArticle doc={doc} title={doc.title} />;
}
