/**
 * The docs navigation, derived from content/docs/ alone: folders are sections, their
 * index file names and ranks them, pages sort by `sort_rank` then title. Nav, prev/next,
 * breadcrumbs and section indexes all read this tree; there is no hand-kept list.
 */

/** What the tree needs of a doc (a subset of contentlayer's Doc). */
export type DocEntry = {
  slug: string;
  url: string;
  title: string;
  nav_title?: string;
  sort_rank?: number;
  nav_icon?: string;
  hide_in_nav: boolean;
  description?: string;
  _raw: { sourceFilePath: string; sourceFileName: string };
};

export type NavPage<D extends DocEntry = DocEntry> = { kind: 'page'; doc: D; slug: string; url: string; title: string; label: string; rank: number; hidden: boolean };
export type NavSection<D extends DocEntry = DocEntry> = {
  kind: 'section';
  slug: string;
  url: string;
  title: string;
  label: string;
  rank: number;
  icon?: string;
  hidden: boolean;
  /** The section's own index doc, when the folder has one. */
  index?: D;
  children: NavNode<D>[];
};
export type NavNode<D extends DocEntry = DocEntry> = NavPage<D> | NavSection<D>;
export type Crumb = { title: string; url: string };

/** A folder name as a title when the folder has no index file: `best_practices` → "Best practices". */
export function titleFromFolder(name: string): string {
  const words = name.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function isIndex(doc: DocEntry): boolean {
  return /^index\.mdx?$/.test(doc._raw.sourceFileName);
}

const byRankThenTitle = (a: NavNode, b: NavNode) => a.rank - b.rank || a.title.localeCompare(b.title);

/**
 * Builds the tree of the given docs; the root is the `/docs/` section. `position` says where a
 * doc sits in the nav (its slug, or for a versioned doc its slug without the version folder).
 */
export function buildDocsTree<D extends DocEntry>(docs: readonly D[], position: (doc: D) => string = (doc) => doc.slug): NavSection<D> {
  const sections = new Map<string, NavSection<D>>();
  const sectionFor = (slug: string): NavSection<D> => {
    const existing = sections.get(slug);
    if (existing) return existing;
    const name = slug.split('/').at(-1) ?? '';
    const section: NavSection<D> = {
      kind: 'section',
      slug,
      url: slug ? `/docs/${slug}/` : '/docs/',
      title: slug ? titleFromFolder(name) : 'Documentation',
      label: slug ? titleFromFolder(name) : 'Documentation',
      rank: Number.POSITIVE_INFINITY,
      hidden: false,
      children: [],
    };
    sections.set(slug, section);
    if (slug) sectionFor(parentOf(slug)).children.push(section);
    return section;
  };
  const root = sectionFor('');
  for (const doc of docs) {
    const slug = position(doc);
    if (isIndex(doc)) {
      const section = sectionFor(slug);
      Object.assign(section, {
        index: doc,
        url: doc.url,
        title: doc.title,
        label: doc.nav_title ?? doc.title,
        rank: doc.sort_rank ?? Number.POSITIVE_INFINITY,
        icon: doc.nav_icon,
        hidden: doc.hide_in_nav,
      });
    } else {
      sectionFor(parentOf(slug)).children.push({
        kind: 'page',
        doc,
        slug,
        url: doc.url,
        title: doc.title,
        label: doc.nav_title ?? doc.title,
        rank: doc.sort_rank ?? Number.POSITIVE_INFINITY,
        hidden: doc.hide_in_nav,
      });
    }
  }
  for (const section of sections.values()) section.children.sort(byRankThenTitle);
  return root;
}

function parentOf(slug: string): string {
  return slug.includes('/') ? slug.slice(0, slug.lastIndexOf('/')) : '';
}

/** Children shown in the nav: hidden pages keep their URL but are left out. */
export function visibleChildren<D extends DocEntry>(section: NavSection<D>): NavNode<D>[] {
  return section.children.filter((child) => !child.hidden);
}

/** Every section, root included, depth first. */
export function allSections<D extends DocEntry>(root: NavSection<D>): NavSection<D>[] {
  return [root, ...root.children.flatMap((child) => (child.kind === 'section' ? allSections(child) : []))];
}

/** The reading order: each section's own page, then its visible children, depth first. */
export function readingOrder<D extends DocEntry>(root: NavSection<D>): Crumb[] {
  const walk = (section: NavSection<D>): Crumb[] => [
    { title: section.title, url: section.url },
    ...visibleChildren(section).flatMap((child) => (child.kind === 'section' ? walk(child) : [{ title: child.title, url: child.url }])),
  ];
  return walk(root);
}

// Trees are built once and never change: walk each once, not once per page (5,000 pages → 25M steps).
const orders = new WeakMap<NavSection, { order: Crumb[]; positions: Map<string, number> }>();
const sectionsBySlug = new WeakMap<NavSection, Map<string, NavSection>>();

/** Previous and next pages in reading order, across sections; none for pages outside it (hidden ones). */
export function prevNext<D extends DocEntry>(root: NavSection<D>, url: string): { prev?: Crumb; next?: Crumb } {
  let known = orders.get(root);
  if (!known) {
    const order = readingOrder(root);
    // The first place of a URL, as a search from the start would find it.
    const positions = new Map<string, number>();
    for (const [index, entry] of order.entries()) if (!positions.has(entry.url)) positions.set(entry.url, index);
    orders.set(root, (known = { order, positions }));
  }
  const index = known.positions.get(url);
  if (index === undefined) return {};
  return { prev: known.order[index - 1], next: known.order[index + 1] };
}

/** Sections from the root down to the one that holds `slug` (the page itself not included). */
export function sectionPath<D extends DocEntry>(root: NavSection<D>, slug: string): NavSection<D>[] {
  const path: NavSection<D>[] = [root];
  let current = root;
  const parts = slug ? slug.split('/') : [];
  for (let i = 1; i < parts.length + 1; i++) {
    const next = current.children.find((child): child is NavSection<D> => child.kind === 'section' && child.slug === parts.slice(0, i).join('/'));
    if (!next) break;
    path.push(next);
    current = next;
  }
  return path;
}

/** Breadcrumbs for a page at nav position `slug`: Docs › Section › … (the page itself last). */
export function breadcrumbs<D extends DocEntry>(root: NavSection<D>, slug: string, self: Crumb): Crumb[] {
  const crumbs = sectionPath(root, slug).map((section) => ({ title: section.slug ? section.label : 'Docs', url: section.url }));
  if (crumbs.at(-1)?.url !== self.url) crumbs.push(self);
  return crumbs;
}

/** The section whose URL is `/docs/<slug>/`, if any. */
export function findSection<D extends DocEntry>(root: NavSection<D>, slug: string): NavSection<D> | undefined {
  let bySlug = sectionsBySlug.get(root) as Map<string, NavSection<D>> | undefined;
  if (!bySlug) {
    bySlug = new Map(allSections(root).map((section) => [section.slug, section]));
    sectionsBySlug.set(root, bySlug);
  }
  return bySlug.get(slug);
}
