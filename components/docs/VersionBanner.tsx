import { Alert } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { isOutdated, type VersionedPath, type VersionTarget } from '../../lib/content/versions';
import classes from './VersionBanner.module.css';

/** Says that a page belongs to an older or unreleased version, and links to the latest. */
export function VersionBanner({ versioned, latest }: { versioned: VersionedPath; latest: VersionTarget }) {
  const { section, version } = versioned;
  const outdated = isOutdated(version, section);
  if (!outdated && !version.prerelease) return null;
  const what = version.prerelease
    ? `${section.product} ${version.id}, a pre-release that may still change`
    : `${section.product} ${version.id}, an older release${version.lts ? ' with long-term support' : ''}`;
  return (
    <Alert
      role="note"
      aria-label="Version notice"
      color={version.prerelease ? 'yellow' : 'blue'}
      icon={<IconHistory aria-hidden />}
      mb="lg"
      data-pagefind-ignore
      className={classes.banner}
    >
      You are reading the documentation for {what}.{' '}
      <a href={latest.href}>
        {latest.samePage ? `Read this page for the latest version (${section.latest})` : `Go to the latest version (${section.latest})`}
      </a>
      .
    </Alert>
  );
}
