import type { Post } from 'contentlayer/generated';
import type { ReactNode } from 'react';
import { PageTitle } from '../PageTitle';
import { BlogAside } from './BlogAside';
import { PostList } from './PostList';
import classes from './BlogListPage.module.css';

/** The frame of every blog list: heading, posts, whatever comes below, and the archive aside. */
export function BlogListPage({ title, intro, posts, children }: { title: string; intro?: ReactNode; posts: Post[]; children?: ReactNode }) {
  return (
    <div className={classes.layout}>
      <div className="blog-main">
        <PageTitle>{title}</PageTitle>
        {intro}
        <PostList posts={posts} />
        {children}
      </div>
      <BlogAside />
    </div>
  );
}
