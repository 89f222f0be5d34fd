import { Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { renderBody, type RenderableDoc } from '../lib/markdown/render';
import { mdxComponents } from './mdx-components';
import { searchAttributes, type SearchArea } from './search/searchAttributes';

/** A content page: the title as the only h1, an optional line under it, the rendered body, then any extras. */
export async function ContentArticle({
  doc,
  title,
  meta,
  area,
  before,
  children,
}: {
  doc: RenderableDoc;
  title: string;
  meta?: ReactNode;
  area: SearchArea;
  /** Shown between the title and the body (data that leads the page). */
  before?: ReactNode;
  children?: ReactNode;
}) {
  const body = await renderBody(doc, mdxComponents);
  return (
    <article className="content-page" {...searchAttributes(true, area, [])}>
      <Title order={1} className="content-page-title">
        {title}
      </Title>
      {meta}
      {before}
      <div className="content-body">{body}</div>
      {children}
    </article>
  );
}
