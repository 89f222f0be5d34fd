import { siteConfig } from '../../site.config';
import { CONTENT_DIR } from './source';
import { upstreamLocation } from './versions';

const { slug, branch } = siteConfig.repository;
const contentRoot: string = siteConfig.repository.contentRoot;
const root = contentRoot ? `${contentRoot.replace(/\/$/, '')}/` : '';

/** GitHub's editor for a content file (path relative to content/); synced docs are edited in their own repository. */
export function editUrl(sourceFilePath: string): string {
  const upstream = upstreamLocation(sourceFilePath);
  if (upstream) return upstream.editUrl;
  return `https://github.com/${slug}/edit/${branch}/${root}${CONTENT_DIR}/${sourceFilePath}`;
}

/** A new GitHub issue about a page, pre-filled with its title and URL, in the repository that holds its source. */
export function reportProblemUrl(title: string, url: string, sourceFilePath: string): string {
  const pageUrl = new URL(url, siteConfig.url).href;
  const upstream = upstreamLocation(sourceFilePath);
  const source = upstream ? upstream.webUrl : `${root}${CONTENT_DIR}/${sourceFilePath}`;
  const body = `Page: ${pageUrl}\nSource: ${source}\n\nWhat is wrong or missing?\n\n`;
  const params = new URLSearchParams({ title: `Docs: problem on "${title}"`, body });
  const repository = upstream?.section.mode === 'synced' ? upstream.section.source.webUrl : `https://github.com/${slug}`;
  return `${repository}/issues/new?${params}`;
}
