import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DocsPage } from '../../../components/docs/DocsPage';
import { docs } from '../../../lib/collections/collections';
import { docsRoutePaths, findDocsRoute } from '../../../lib/collections/docs';
import { pageMetadata } from '../../../lib/site/metadata';
import { versionTargets } from '../../../lib/content/versions';

type Params = { slug?: string[] };

export const dynamicParams = false;

/** Every doc, every folder, and each latest-version page under its own version number too. */
export function generateStaticParams(): Params[] {
  return docsRoutePaths().map((path) => ({ slug: path ? path.split('/') : [] }));
}

async function routeOf(params: Promise<Params>) {
  return findDocsRoute((await params).slug?.join('/') ?? '');
}

const slugs = new Set(docs.map((doc) => doc.slug));
const hasPage = (slug: string) => slugs.has(slug);

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const route = await routeOf(params);
  if (!route) return {};
  const title = route.doc?.title ?? route.section?.title;
  const version =
    route.versioned && !route.versioned.version.latest ? ` (${route.versioned.section.product} ${route.versioned.version.id})` : '';
  // An older version of a page shares the latest's social card: one drawing, not one per version.
  const latest =
    route.versioned && !route.versioned.version.latest
      ? versionTargets(route.versioned, hasPage).find((t) => t.version.latest && t.samePage)
      : undefined;
  return pageMetadata({
    title: `${title}${version}`,
    description: route.doc?.summary || route.section?.index?.summary || undefined,
    canonical: route.canonical,
    ...(latest ? { image: latest.href } : {}),
    robots: route.indexable ? undefined : { index: false, follow: true },
    article: {
      modifiedTime: route.doc?.lastUpdated || undefined,
      section: route.tree.children.find((s) => route.position.startsWith(s.slug))?.title,
    },
  });
}

export default async function DocRoute({ params }: { params: Promise<Params> }) {
  const route = await routeOf(params);
  if (!route) notFound();
  return <DocsPage route={route} hasPage={hasPage} />;
}
