import { IconBug, IconMarkdown, IconPencil } from '@tabler/icons-react';
import { markdownPath } from '../../lib/markdown/source';
import { CopyMarkdownButton } from './CopyMarkdownButton';
import { editUrl, reportProblemUrl } from '../../lib/content/github';
import classes from './PageActions.module.css';

/** Edit on GitHub, report a problem, and the date of the file's last commit when history is known. */
export function PageActions({
  title,
  url,
  sourceFilePath,
  lastUpdated,
}: {
  title: string;
  url: string;
  sourceFilePath: string;
  lastUpdated: string;
}) {
  return (
    <div className={classes.actions} data-pagefind-ignore>
      <a href={editUrl(sourceFilePath)} className={classes.action}>
        <IconPencil size={16} aria-hidden /> Edit this page
      </a>
      <a href={reportProblemUrl(title, url, sourceFilePath)} className={classes.action}>
        <IconBug size={16} aria-hidden /> Report a problem
      </a>
      <a href={markdownPath(url)} className={classes.action} type="text/markdown">
        <IconMarkdown size={16} aria-hidden /> View as Markdown
      </a>
      <CopyMarkdownButton href={markdownPath(url)} className={classes.action} />
      {lastUpdated && (
        // `page-updated`: e2e/docs.spec.ts reads the date from it.
        <span className={`page-updated ${classes.updated}`}>
          Last updated{' '}
          <time dateTime={lastUpdated}>{new Date(lastUpdated).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'UTC' })}</time>
        </span>
      )}
    </div>
  );
}
