import { Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { renderBody, type RenderableDoc } from '../lib/markdown/render';

/** A content page: the title as the only h1, an optional line under it, then the rendered body. */
export async function ContentArticle({ doc, title, meta }: { doc: RenderableDoc; title: string; meta?: ReactNode }) {
  const body = await renderBody(doc);
  return (
    <article className="content-page">
      <Title order={1} className="content-page-title">
        {title}
      </Title>
      {meta}
      <div className="content-body">{body}</div>
    </article>
  );
}
