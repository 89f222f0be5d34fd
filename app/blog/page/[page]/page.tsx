import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BlogListPage } from '../../../../components/blog/BlogListPage';
import { Pagination } from '../../../../components/blog/Pagination';
import { orPlaceholder, PLACEHOLDER } from '../../../../lib/site/blog/placeholder';
import { pageUrl, paginate } from '../../../../lib/site/blog/posts';
import { posts, routesOf } from '../../../../lib/collections/collections';
import { pageMetadata } from '../../../../lib/site/metadata';
import { siteConfig } from '../../../../site.config';

type Params = { page: string };

export const dynamicParams = false;

const pages = paginate(posts, siteConfig.blog.postsPerPage);

/** Page 1 is /blog/ itself. */
export function generateStaticParams(): Params[] {
  return orPlaceholder(
    routesOf('blog-page').map((route) => ({ page: String(route.page) })),
    { page: PLACEHOLDER },
  );
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const page = Number((await params).page);
  if (!pages[page - 1]) return {};
  return pageMetadata({
    title: `Blog, page ${page}`,
    description: `Older posts from the Prometheus blog, page ${page} of ${pages.length}.`,
    canonical: pageUrl(page),
  });
}

export default async function BlogPage({ params }: { params: Promise<Params> }) {
  const page = Number((await params).page);
  const list = pages.at(page - 1);
  if (!list) notFound();
  return (
    <BlogListPage title={`Blog, page ${page}`} posts={list}>
      <Pagination page={page} pages={pages.length} />
    </BlogListPage>
  );
}
