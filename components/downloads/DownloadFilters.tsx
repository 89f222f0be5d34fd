import { NativeSelect } from '@mantine/core';
import classes from './DownloadFilters.module.css';

const ALL = 'all';
const OS_LABELS: Record<string, string> = {
  linux: 'Linux',
  darwin: 'macOS',
  windows: 'Windows',
  freebsd: 'FreeBSD',
  openbsd: 'OpenBSD',
  netbsd: 'NetBSD',
  dragonfly: 'DragonFly',
  illumos: 'illumos',
};

/**
 * OS and architecture selects that filter the file tables (lib/browser/download-filters.ts
 * hides rows and starts from what the browser reports). Hidden until that script runs: the
 * full tables are in the HTML, so without JavaScript every file is listed. (Production pages
 * do not hydrate; under `next dev` React does, after the script changed these attributes.)
 */
export function DownloadFilters({ oses, arches, containerId }: { oses: string[]; arches: string[]; containerId: string }) {
  return (
    <div
      className={classes.filters}
      role="group"
      aria-label="Show downloads for"
      data-download-filters={containerId}
      hidden
      suppressHydrationWarning
    >
      <NativeSelect
        name="os"
        label="Operating system"
        w={180}
        data={[{ value: ALL, label: 'All' }, ...oses.map((value) => ({ value, label: OS_LABELS[value] ?? value }))]}
      />
      <NativeSelect
        name="arch"
        label="Architecture"
        w={160}
        data={[{ value: ALL, label: 'All' }, ...arches.map((value) => ({ value, label: value }))]}
      />
    </div>
  );
}
