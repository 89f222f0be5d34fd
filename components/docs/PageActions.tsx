import { IconBug, IconMarkdown, IconPencil } from '@tabler/icons-react';
import { markdownPath } from '../../lib/markdown/source';
import { CopyMarkdownButton } from './CopyMarkdownButton';
import { editUrl, reportProblemUrl } from '../../lib/content/github';

/** Edit on GitHub, report a problem, and the date of the file's last commit when history is known. */
export function PageActions({ title, url, sourceFilePath, lastUpdated }: { title: string; url: string; sourceFilePath: string; lastUpdated: string }) {
  return (
    <div className="page-actions" data-pagefind-ignore>
      <a href={editUrl(sourceFilePath)} className="page-action">
        <IconPencil size={16} aria-hidden /> Edit this page
      </a>
      <a href={reportProblemUrl(title, url, sourceFilePath)} className="page-action">
        <IconBug size={16} aria-hidden /> Report a problem
      </a>
      <a href={markdownPath(url)} className="page-action" type="text/markdown">
        <IconMarkdown size={16} aria-hidden /> View as Markdown
      </a>
      <CopyMarkdownButton href={markdownPath(url)} />
      {lastUpdated && (
        <span className="page-updated">
          Last updated <time dateTime={lastUpdated}>{new Date(lastUpdated).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'UTC' })}</time>
        </span>
      )}
    </div>
  );
}
