/** Site-wide settings: the one place for values that pages, feeds and links share. */
export type SiteConfig = {
  /** Name shown in the header, titles and feeds. */
  name: string;
  /** One sentence used as the default meta description. */
  description: string;
  /** Production origin, no trailing slash; absolute links to it are made relative. */
  url: string;
  /** Other hosts that count as this site when content links to them absolutely. */
  aliasHosts: readonly string[];
  /** The repository that holds this site's sources, for "Edit this page" links. */
  repository: {
    /** `owner/name` on GitHub. */
    slug: string;
    /** Branch that edit links point at. */
    branch: string;
    /** Folder in the repository that holds `content/`, empty for the root. */
    contentRoot: string;
  };
  /** The project's GitHub organisation, linked from the header. */
  githubOrgUrl: string;
  /** Header navigation, in order; `href` is also the prefix that marks the current section. */
  nav: readonly { label: string; href: `/${string}/` }[];
  /**
   * Docs that live in other repositories, one folder per release: `npm run sync-docs` brings each
   * version's docs folder into `content/docs/<section>/<version>/` (git-ignored) at the commits in
   * upstream/docs.lock.json; without network or cache, upstream/fallback/ is used instead.
   */
  docsSources: readonly DocsSource[];
  /** A banner above the header between two dates (UTC, inclusive), decided when the site is built. */
  announcement?: {
    /** Stable id: dismissing hides this announcement, not the next one. */
    id: string;
    /** Markdown (links, **bold**, *emphasis*) for wide screens. */
    text: string;
    /** Shorter Markdown for phones. */
    short: string;
    /** First day shown, YYYY-MM-DD. */
    start: string;
    /** Last day shown, YYYY-MM-DD. */
    end: string;
  };
  /** Blog list settings. */
  blog: {
    /** Posts per page on /blog/ and /blog/page/N/. */
    postsPerPage: number;
    /** Title of the feeds. */
    feedTitle: string;
  };
  /** Footer link groups. */
  footer: readonly { title: string; links: readonly { label: string; href: string }[] }[];
};

/** One repository whose docs folder the site serves at every selected release. */
export type DocsSource = {
  /** URL segment and folder under content/docs/, e.g. `prometheus` → /docs/prometheus/<version>/. */
  section: string;
  /** Product name for banners and the version selector, e.g. "Prometheus". */
  product: string;
  /** The section's title in the nav; upstream's own top-level index.md is not a page. */
  title: string;
  /** Position among the top-level docs sections; lower comes first. */
  sortRank: number;
  /** Tabler icon shown beside the section in the nav. */
  navIcon: string;
  /** Any git URL (https, ssh or a local path); `DOCS_SOURCES={"<section>":"<url>"}` overrides it. */
  repository: string;
  /** Where the repository's files are shown, for edit links and links to files outside the docs folder. */
  webUrl: `https://${string}`;
  /** Default branch: edit links of the latest version point at it, older versions at their tag. */
  branch: string;
  /** Folder of the repository that holds the docs, e.g. `docs`. */
  docsFolder: string;
  /** How many of the newest minor releases (`3.14`, `3.13`, …) get docs. */
  minorVersions: number;
  /** Minor versions with long-term support: always kept, marked in the selector, kept in the sitemap. */
  lts: readonly string[];
  /** How many older majors also keep their newest minor release (1 keeps 2.53 beside 3.x). */
  olderMajors: number;
  /** Serve release candidates newer than the newest release (marked and bannered as pre-releases). */
  prereleases: boolean;
};

export const siteConfig = {
  name: 'Prometheus',
  description:
    'An open-source monitoring system with a dimensional data model, a flexible query language and alerting, built for cloud-native environments.',
  url: 'https://prometheus.io',
  aliasHosts: ['prometheus.io', 'www.prometheus.io'],
  repository: { slug: 'prometheus/docs', branch: 'main', contentRoot: '' },
  githubOrgUrl: 'https://github.com/prometheus',
  nav: [
    { label: 'Docs', href: '/docs/' },
    { label: 'Download', href: '/download/' },
    { label: 'Community', href: '/community/' },
    { label: 'Support & Training', href: '/support-training/' },
    { label: 'Blog', href: '/blog/' },
  ],
  docsSources: [
    {
      section: 'prometheus',
      product: 'Prometheus',
      title: 'Prometheus server',
      sortRank: 3,
      navIcon: 'server',
      repository: 'https://github.com/prometheus/prometheus.git',
      webUrl: 'https://github.com/prometheus/prometheus',
      branch: 'main',
      docsFolder: 'docs',
      minorVersions: 10,
      lts: ['3.5', '3.13'],
      olderMajors: 1,
      prereleases: false,
    },
    {
      section: 'alerting',
      product: 'Alertmanager',
      title: 'Alertmanager',
      sortRank: 4,
      navIcon: 'bell',
      repository: 'https://github.com/prometheus/alertmanager.git',
      webUrl: 'https://github.com/prometheus/alertmanager',
      branch: 'main',
      docsFolder: 'docs',
      minorVersions: 8,
      lts: [],
      olderMajors: 0,
      prereleases: false,
    },
  ],
  announcement: {
    id: 'new-website-2026',
    text: 'The Prometheus website has been rebuilt: faster pages, site search and versioned docs. [Tell us what you think](https://github.com/prometheus/docs/issues/new).',
    short: 'New website! [Tell us what you think](https://github.com/prometheus/docs/issues/new).',
    start: '2026-11-20',
    end: '2026-12-31',
  },
  blog: { postsPerPage: 5, feedTitle: 'Prometheus Blog' },
  footer: [
    {
      title: 'Project',
      links: [
        { label: 'Documentation', href: '/docs/' },
        { label: 'Download', href: '/download/' },
        { label: 'Blog', href: '/blog/' },
      ],
    },
    {
      title: 'Community',
      links: [
        { label: 'Community', href: '/community/' },
        { label: 'Governance', href: '/governance/' },
        { label: 'Support & Training', href: '/support-training/' },
      ],
    },
    {
      title: 'Code',
      links: [
        { label: 'GitHub', href: 'https://github.com/prometheus' },
        { label: 'Website source', href: 'https://github.com/prometheus/docs' },
      ],
    },
  ],
} as const satisfies SiteConfig;
