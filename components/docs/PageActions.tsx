import { IconBug, IconPencil } from '@tabler/icons-react';
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
      {lastUpdated && (
        <span className="page-updated">
          Last updated <time dateTime={lastUpdated}>{new Date(lastUpdated).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'UTC' })}</time>
        </span>
      )}
    </div>
  );
}
