import { siteConfig } from '../../site.config';
import { CONTENT_DIR } from './source';

const { slug, branch } = siteConfig.repository;
const contentRoot: string = siteConfig.repository.contentRoot;
const root = contentRoot ? `${contentRoot.replace(/\/$/, '')}/` : '';

/** GitHub's editor for a content file (path relative to content/). */
export function editUrl(sourceFilePath: string): string {
  return `https://github.com/${slug}/edit/${branch}/${root}${CONTENT_DIR}/${sourceFilePath}`;
}

/** A new GitHub issue about a page, pre-filled with its title and URL. */
export function reportProblemUrl(title: string, url: string, sourceFilePath: string): string {
  const pageUrl = new URL(url, siteConfig.url).href;
  const body = `Page: ${pageUrl}\nSource: ${root}${CONTENT_DIR}/${sourceFilePath}\n\nWhat is wrong or missing?\n\n`;
  const params = new URLSearchParams({ title: `Docs: problem on "${title}"`, body });
  return `https://github.com/${slug}/issues/new?${params}`;
}
