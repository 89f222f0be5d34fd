import { Badge, Table, TableScrollContainer, TableTbody, TableTd, TableTh, TableThead, TableTr } from '@mantine/core';
import { downloadUrl, releaseNotesUrl, type ComponentData, type ComponentRelease } from '../../lib/content/downloads/releases';
import { CopyValueButton } from './CopyValueButton';
import classes from './ReleaseFiles.module.css';

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(0)} KiB`;
}

/** One release of a component: version, labels, release notes and its files. */
export function ReleaseFiles({ component, release }: { component: ComponentData; release: ComponentRelease }) {
  return (
    <div className={classes.release} data-release>
      <div className={classes.head}>
        {/* `release-version`: e2e/download.spec.ts reads the versions shown by it. */}
        <span className={`release-version ${classes.version}`}>{release.version}</span>
        {release.lts && (
          <Badge variant="light" color="blue" size="sm">
            LTS
          </Badge>
        )}
        {release.prerelease && (
          <Badge variant="light" color="yellow" size="sm">
            pre-release
          </Badge>
        )}
        {release.date && <time dateTime={release.date.slice(0, 10)}>{release.date.slice(0, 10)}</time>}
        <a href={releaseNotesUrl(component.repo, release.version)} className={classes.notes}>
          Release notes
        </a>
      </div>
      {release.files.length > 0 ? (
        <TableScrollContainer minWidth={560}>
          <Table verticalSpacing={6} fz="sm" striped>
            <TableThead>
              <TableTr>
                <TableTh>File</TableTh>
                <TableTh>OS</TableTh>
                <TableTh>Arch</TableTh>
                <TableTh>Size</TableTh>
                <TableTh>SHA-256</TableTh>
              </TableTr>
            </TableThead>
            <TableTbody>
              {release.files.map((file) => (
                <TableTr key={file.name} data-file-os={file.os} data-file-arch={file.arch} suppressHydrationWarning>
                  <TableTd>
                    <a href={downloadUrl(component.repo, release.version, file.name)}>{file.name}</a>
                  </TableTd>
                  <TableTd>{file.os}</TableTd>
                  <TableTd>{file.arch}</TableTd>
                  <TableTd>{file.size ? size(file.size) : '—'}</TableTd>
                  <TableTd>
                    {file.sha256 ? (
                      <span className={classes.checksum}>
                        <code title={file.sha256}>{file.sha256.slice(0, 12)}…</code>
                        <CopyValueButton value={file.sha256} label={`Copy SHA-256 of ${file.name}`} />
                      </span>
                    ) : (
                      <span className={classes.checksumMissing}>in sha256sums.txt</span>
                    )}
                  </TableTd>
                </TableTr>
              ))}
            </TableTbody>
          </Table>
        </TableScrollContainer>
      ) : null}
      <p className={classes.empty} data-no-files hidden={release.files.length > 0} suppressHydrationWarning>
        No files listed here for this platform. All files are on the{' '}
        <a href={releaseNotesUrl(component.repo, release.version)}>release page</a>.
      </p>
    </div>
  );
}
