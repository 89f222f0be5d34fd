import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DocsPage } from '../../../components/docs/DocsPage';
import { docs, findDoc } from '../../../lib/content/collections';
import { docsTree } from '../../../lib/content/docs';
import { allSections, findSection } from '../../../lib/content/docs-tree';

type Params = { slug?: string[] };

export const dynamicParams = false;

/** Every doc, plus every folder (a folder without an index file still gets a page). */
export function generateStaticParams(): Params[] {
  const slugs = new Set([...docs.map((doc) => doc.slug), ...allSections(docsTree).map((section) => section.slug)]);
  return [...slugs].map((slug) => ({ slug: slug ? slug.split('/') : [] }));
}

async function slugOf(params: Promise<Params>): Promise<string> {
  return (await params).slug?.join('/') ?? '';
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const slug = await slugOf(params);
  const doc = findDoc(slug);
  const section = findSection(docsTree, slug);
  const title = doc?.title ?? section?.title;
  if (!title) return {};
  return { title, description: doc?.description ?? section?.index?.description, alternates: { canonical: doc?.url ?? section?.url } };
}

export default async function DocRoute({ params }: { params: Promise<Params> }) {
  const slug = await slugOf(params);
  const doc = findDoc(slug);
  if (!doc && !findSection(docsTree, slug)) notFound();
  return <DocsPage root={docsTree} slug={slug} doc={doc} />;
}
