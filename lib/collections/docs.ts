import type { Doc } from 'contentlayer/generated';
import { docs, routesOf } from './collections';
import { buildDocsTree, findSection, type NavSection } from '../content/docs-tree';
import {
  LATEST,
  splitVersionedSlug,
  versionedSections,
  versionedSlug,
  type VersionedPath,
  type VersionedSection,
  type VersionInfo,
} from '../content/versions';

/**
 * Every URL under /docs/ and what it shows. Versioned sections get one nav tree per version
 * (nav, breadcrumbs and prev/next stay inside it); unversioned pages use the latest one.
 */
export type DocsRoute = {
  /** Path below /docs/, as in the URL. */
  path: string;
  /** The doc shown, absent for a folder without an index file. */
  doc?: Doc;
  /** The section listed on this page, when the page is a section's. */
  section?: NavSection<Doc>;
  /** The nav tree this page belongs to. */
  tree: NavSection<Doc>;
  /** Where the page sits in the nav tree (its slug without any version folder). */
  position: string;
  /** The page's own URL in the tree (what the nav marks as current). */
  url: string;
  /** Canonical URL: the `latest` one for the latest version's pages. */
  canonical: string;
  /** Where the page sits in a versioned section. */
  versioned?: VersionedPath;
  /** Search engines should index it: unversioned, latest or LTS pages. */
  indexable: boolean;
  /** This path is the page's canonical URL, not an alias of it (`/3.7/` for `/latest/`). */
  primary: boolean;
  /** Site search indexes it: canonical URLs of unversioned and latest pages only. */
  searchable: boolean;
  /** An older version's page is searched from its own version's pages only: their search index (`prometheus/2.53`). */
  searchBundle?: string;
};

const sections = versionedSections();
const docsBySlug = new Map(docs.map((doc) => [doc.slug, doc]));

/** Nav position of a doc: versioned docs sit where their section is, without the version folder. */
function position(doc: Doc): string {
  const versioned = splitVersionedSlug(doc.slug, sections);
  if (!versioned) return doc.slug;
  return [versioned.section.section, versioned.rest].filter(Boolean).join('/');
}

/** The docs of one combination of versions (section → version id). */
function treeFor(choice: Map<string, string>): NavSection<Doc> {
  return buildDocsTree(
    docs.filter((doc) => {
      const versioned = splitVersionedSlug(doc.slug, sections);
      return !versioned || versioned.version.id === (choice.get(versioned.section.section) ?? versioned.section.latest);
    }),
    position,
  );
}

/** The tree with every versioned section at its latest version. */
export const docsTree = treeFor(new Map());

const trees = new Map<string, NavSection<Doc>>();
function treeForVersion(section: VersionedSection, version: VersionInfo): NavSection<Doc> {
  if (version.latest) return docsTree;
  const key = `${section.section}@${version.id}`;
  let tree = trees.get(key);
  if (!tree) trees.set(key, (tree = treeFor(new Map([[section.section, version.id]]))));
  return tree;
}

function routeFor(path: string): DocsRoute | undefined {
  const versioned = splitVersionedSlug(path, sections) ?? undefined;
  // `/docs/prometheus/3.7/…` (the latest's own number) shows the `latest` page, canonical there.
  const slug = versioned ? versionedSlug(versioned.section, versioned.version, versioned.rest) : path;
  const tree = versioned ? treeForVersion(versioned.section, versioned.version) : docsTree;
  const doc = docsBySlug.get(slug);
  const navPosition = doc ? position(doc) : versioned ? [versioned.section.section, versioned.rest].filter(Boolean).join('/') : path;
  const section = findSection(tree, navPosition);
  if (!doc && !section) return undefined;
  const url = doc?.url ?? section?.url ?? `/docs/${slug}/`;
  const version = versioned?.version;
  const primary = url === `/docs/${path ? `${path}/` : ''}`;
  return {
    path,
    doc,
    section,
    tree,
    position: navPosition,
    url,
    canonical: url,
    versioned,
    indexable: !version || version.latest || version.lts,
    primary,
    searchable: primary && (!version || version.latest),
    searchBundle: primary && versioned && !versioned.version.latest ? `${versioned.section.section}/${versioned.version.id}` : undefined,
  };
}

/** A versioned section's own folder (`/docs/prometheus/`) shows its latest index. */
function sectionRootRoutes(): DocsRoute[] {
  return sections.flatMap((s) => {
    const latest = routeFor(`${s.section}/${LATEST}`);
    // An alias of the latest index: listed, searched and written as Markdown under /latest/ only.
    return latest ? [{ ...latest, path: s.section, primary: false, searchable: false, searchBundle: undefined }] : [];
  });
}

function allRoutes(): Map<string, DocsRoute> {
  const routes = new Map<string, DocsRoute>();
  for (const path of routesOf('docs').map((route) => route.url.replace(/^\/docs\/?|\/$/g, ''))) {
    const route = routeFor(path);
    if (route) routes.set(path, route);
  }
  for (const route of sectionRootRoutes()) routes.set(route.path, route);
  return routes;
}

const routes = allRoutes();

export function docsRoutePaths(): string[] {
  return [...routes.keys()];
}

export function findDocsRoute(path: string): DocsRoute | undefined {
  return routes.get(path);
}
