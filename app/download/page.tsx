import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ContentArticle } from '../../components/ContentArticle';
import { ComponentDownloads } from '../../components/downloads/ComponentDownloads';
import { DownloadFilters } from '../../components/downloads/DownloadFilters';
import { components, findPage } from '../../lib/collections/collections';
import { latestRelease, ltsRelease } from '../../lib/content/downloads/releases';
import { pageMetadata } from '../../lib/site/metadata';
import classes from './page.module.css';

const page = findPage('download');
const CONTAINER = 'downloads';

export const metadata: Metadata = page
  ? pageMetadata({ title: page.title, description: page.summary || undefined, canonical: page.url })
  : {};

/** The files shown: those of each component's latest and LTS release. */
function shownFiles() {
  return components.flatMap((c) => [latestRelease(c), ltsRelease(c)].flatMap((r) => r?.files ?? []));
}

/** Download: each component's latest and LTS release from content/downloads/*.yaml, then the page text. */
export default function DownloadPage() {
  if (!page) notFound();
  const files = shownFiles();
  const oses = [...new Set(files.map((f) => f.os))].sort();
  const arches = [...new Set(files.map((f) => f.arch))].sort();
  return (
    <ContentArticle
      doc={page}
      title={page.title}
      area="Other"
      before={
        <div id={CONTAINER} className={classes.downloads}>
          <DownloadFilters oses={oses} arches={arches} containerId={CONTAINER} />
          {components.map((component) => (
            <ComponentDownloads key={component.slug} component={component} />
          ))}
          <p className={classes.json}>
            Machine-readable: <a href="/download.json">/download.json</a>.
          </p>
        </div>
      }
    />
  );
}
