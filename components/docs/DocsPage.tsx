import type { ReactNode } from 'react';
import type { DocsRoute } from '../../lib/collections/docs';
import { breadcrumbs, prevNext } from '../../lib/content/docs-tree';
import { parseToc } from '../../lib/collections/toc';
import { versionTargets } from '../../lib/content/versions';
import { renderBody } from '../../lib/markdown/render';
import { mdxComponents } from '../mdx-components';
import { Breadcrumbs } from './Breadcrumbs';
import { DocAuthors } from './DocAuthors';
import { DocsNavToggle } from './DocsNavToggle';
import { LeftNav } from './LeftNav';
import { PageActions } from './PageActions';
import { PrevNextLinks } from './PrevNextLinks';
import { SectionIndex } from './SectionIndex';
import { TableOfContents } from './TableOfContents';
import { VersionBanner } from './VersionBanner';
import { VersionSelector } from './VersionSelector';
import { breadcrumbList, techArticle } from '../../lib/site/structured-data';
import { ContentBody } from '../ContentBody';
import { JsonLd } from '../JsonLd';
import { PageTitle } from '../PageTitle';
import { searchAttributes } from '../search/searchAttributes';
import { SearchSection } from '../search/SearchSection';
import classes from './DocsPage.module.css';

const NAV_ID = 'docs-nav';

/** A docs page: nav, breadcrumbs, version banner, title, body, section listing, actions, prev/next and TOC. */
export async function DocsPage({ route, hasPage }: { route: DocsRoute; hasPage: (slug: string) => boolean }) {
  const { doc, section, tree, url, versioned } = route;
  const title = doc?.title ?? section?.title ?? 'Documentation';
  const toc = doc ? parseToc(doc.toc) : [];
  const body: ReactNode = doc ? await renderBody(doc, mdxComponents) : null;
  const targets = versioned ? versionTargets(versioned, hasPage) : [];
  const latestTarget = targets.find((target) => target.version.latest);
  const crumbs = breadcrumbs(tree, route.position, { title, url });
  return (
    <div className={classes.layout}>
      <aside id={NAV_ID} className={classes.sidebar} aria-label="Documentation" data-pagefind-ignore>
        <nav aria-label="Documentation" className={classes.sidebarInner}>
          {versioned && (
            <div className={classes.version}>
              <VersionSelector
                product={versioned.section.product}
                options={targets.map((t) => ({
                  id: t.version.id,
                  href: t.href,
                  current: t.current,
                  latest: t.version.latest,
                  lts: t.version.lts,
                  prerelease: t.version.prerelease,
                }))}
              />
            </div>
          )}
          <LeftNav root={tree} currentUrl={url} />
        </nav>
      </aside>
      <div className={classes.main}>
        <div className={classes.toolbar}>
          <DocsNavToggle navId={NAV_ID} />
          <Breadcrumbs crumbs={crumbs} />
        </div>
        <article
          className={classes.article}
          {...searchAttributes(
            route.searchable,
            'Docs',
            crumbs,
            route.searchBundle && versioned
              ? { id: route.searchBundle, label: `${versioned.section.source.title} ${versioned.version.id}` }
              : undefined,
          )}
        >
          {route.searchable && versioned && <SearchSection title={versioned.section.source.title} />}
          <JsonLd data={breadcrumbList(crumbs)} />
          <JsonLd data={techArticle({ title, description: doc?.summary, url: route.canonical, modified: doc?.lastUpdated })} />
          {versioned && latestTarget && <VersionBanner versioned={versioned} latest={latestTarget} />}
          <PageTitle>{title}</PageTitle>
          {doc?.author && <DocAuthors authors={doc.author} />}
          {body && <ContentBody>{body}</ContentBody>}
          {section && <SectionIndex section={section} />}
          {doc && <PageActions title={title} url={url} sourceFilePath={doc._raw.sourceFilePath} lastUpdated={doc.lastUpdated} />}
          <PrevNextLinks {...prevNext(tree, url)} />
        </article>
      </div>
      <aside className={classes.toc} aria-label="On this page">
        <TableOfContents entries={toc} />
      </aside>
    </div>
  );
}
