import { latestRelease, ltsRelease, type ComponentData } from '../../lib/content/downloads/releases';
import { ReleaseFiles } from './ReleaseFiles';
import classes from './ComponentDownloads.module.css';

/** A component on the download page: its latest release and, when different, its LTS release. */
export function ComponentDownloads({ component }: { component: ComponentData }) {
  const latest = latestRelease(component);
  const lts = ltsRelease(component);
  return (
    <section id={component.slug} aria-labelledby={`${component.slug}-title`} className={classes.component}>
      <h2 id={`${component.slug}-title`} className={classes.title}>
        {component.name}
      </h2>
      <p className={classes.description}>
        {component.description} <a href={`https://github.com/${component.repo}`}>{component.repo}</a>
      </p>
      {latest ? (
        <>
          <ReleaseFiles component={component} release={latest} />
          {lts && <ReleaseFiles component={component} release={lts} />}
        </>
      ) : (
        <p className={classes.empty}>
          Release data for this component is not in the site yet. Its builds are on{' '}
          <a href={`https://github.com/${component.repo}/releases`}>GitHub releases</a>.
        </p>
      )}
    </section>
  );
}
