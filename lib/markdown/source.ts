import { resolveHref } from './links';

/** `/docs/concepts/data_model/` → `/docs/concepts/data_model.md`: where a page's Markdown is served. */
export function markdownPath(url: string): string {
  return url === '/' ? '/index.md' : `${url.replace(/\/$/, '')}.md`;
}

/**
 * A page's Markdown for readers outside the site (LLM tools, "View as Markdown"): the title as
 * a heading, then the body with every link made absolute, so it stands on its own.
 */
export function standaloneMarkdown({ title, raw, sourceFilePath, siteUrl }: { title: string; raw: string; sourceFilePath: string; siteUrl: string }): string {
  const body = raw.replace(/(\]\()(<?)([^)\s>]+)/g, (_match, open: string, bracket: string, href: string) => {
    const resolved = resolveHref(href, sourceFilePath).href;
    const absolute = resolved.startsWith('/') || resolved.startsWith('#') ? new URL(resolved, siteUrl).href : resolved;
    return `${open}${bracket}${absolute}`;
  });
  return `# ${title}\n\n${body.trim()}\n`;
}
