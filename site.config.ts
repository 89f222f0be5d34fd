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
   * Docs sections kept as one folder per release (`content/docs/<section>/<version>/…`).
   * Each version has its own URLs; the latest is also served at `/docs/<section>/latest/…`,
   * which is its canonical URL.
   */
  versionedDocs: readonly {
    /** Folder under content/docs/ whose subfolders are versions, e.g. `prometheus`. */
    section: string;
    /** Product name for banners and the selector, e.g. "Prometheus". */
    product: string;
    /** The version served at /latest/ (must be one of `versions`). */
    latest: string;
    /** Every version with docs in this repository; order does not matter (sorted newest first). */
    versions: readonly {
      /** Folder name and label, e.g. `3.5`. */
      id: string;
      /** A long-term-support release: marked in the selector and kept in the sitemap. */
      lts?: boolean;
      /** Not released yet: marked in the selector and bannered. */
      prerelease?: boolean;
    }[];
  }[];
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
  versionedDocs: [
    {
      section: 'prometheus',
      product: 'Prometheus',
      latest: '3.7',
      versions: [{ id: '3.7' }, { id: '3.5', lts: true }, { id: '2.53' }],
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
