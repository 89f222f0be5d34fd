import { Title } from '@mantine/core';
import type { Doc } from 'contentlayer/generated';
import type { ReactNode } from 'react';
import { breadcrumbs, findSection, prevNext, type NavSection } from '../../lib/content/docs-tree';
import { parseToc } from '../../lib/content/toc';
import { renderBody } from '../../lib/markdown/render';
import { Breadcrumbs } from './Breadcrumbs';
import { DocsNavToggle } from './DocsNavToggle';
import { LeftNav } from './LeftNav';
import { PageActions } from './PageActions';
import { PrevNextLinks } from './PrevNextLinks';
import { SectionIndex } from './SectionIndex';
import { TableOfContents } from './TableOfContents';

const NAV_ID = 'docs-nav';

/**
 * A docs page: nav, breadcrumbs, title, body, section listing, page actions, prev/next and TOC.
 * `slug` is the path below /docs/; `doc` is absent for a folder without an index file.
 */
export async function DocsPage({ root, slug, doc }: { root: NavSection<Doc>; slug: string; doc?: Doc }) {
  const section = findSection(root, slug);
  const title = doc?.title ?? section?.title ?? 'Documentation';
  const url = doc?.url ?? section?.url ?? '/docs/';
  const toc = doc ? parseToc(doc.toc) : [];
  const body: ReactNode = doc ? await renderBody(doc) : null;
  return (
    <div className="docs-layout">
      <aside id={NAV_ID} className="docs-sidebar" aria-label="Documentation" data-pagefind-ignore>
        <nav aria-label="Documentation" className="docs-sidebar-inner">
          <LeftNav root={root} currentUrl={url} />
        </nav>
      </aside>
      <div className="docs-main">
        <div className="docs-toolbar">
          <DocsNavToggle navId={NAV_ID} />
          <Breadcrumbs crumbs={breadcrumbs(root, slug, title)} />
        </div>
        <article className="docs-article">
          <Title order={1} className="content-page-title">
            {title}
          </Title>
          {body && <div className="content-body">{body}</div>}
          {section && <SectionIndex section={section} />}
          {doc && <PageActions title={title} url={url} sourceFilePath={doc._raw.sourceFilePath} lastUpdated={doc.lastUpdated} />}
          <PrevNextLinks {...prevNext(root, url)} />
        </article>
      </div>
      <aside className="docs-toc" aria-label="On this page">
        <TableOfContents entries={toc} />
      </aside>
    </div>
  );
}
