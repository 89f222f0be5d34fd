import type { Metadata } from 'next';
import { BlogListPage } from '../../components/blog/BlogListPage';
import { Pagination } from '../../components/blog/Pagination';
import { paginate } from '../../lib/site/blog/posts';
import { posts } from '../../lib/collections/collections';
import { pageMetadata } from '../../lib/site/metadata';
import { siteConfig } from '../../site.config';

export const metadata: Metadata = pageMetadata({
  title: 'Blog',
  description: 'Releases, guides, interviews and news from the Prometheus project.',
  canonical: '/blog/',
});

export default function BlogIndex() {
  const pages = paginate(posts, siteConfig.blog.postsPerPage);
  return (
    <BlogListPage title="Blog" intro={posts.length === 0 ? <p>No posts yet.</p> : undefined} posts={pages[0]}>
      <Pagination page={1} pages={pages.length} />
    </BlogListPage>
  );
}
