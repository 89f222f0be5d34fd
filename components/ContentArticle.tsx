import type { ReactNode } from 'react';
import { renderBody, type RenderableDoc } from '../lib/markdown/render';
import { mdxComponents } from './mdx-components';
import { ContentBody } from './ContentBody';
import { ContentPage } from './ContentPage';
import { PageTitle } from './PageTitle';
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
    <ContentPage component="article" {...searchAttributes(true, area, [])}>
      <PageTitle>{title}</PageTitle>
      {meta}
      {before}
      <ContentBody>{body}</ContentBody>
      {children}
    </ContentPage>
  );
}
