// The build's first step: refreshes content/downloads/*.yaml from the GitHub Releases API when the
// network allows (releases, files, sizes, SHA-256 from sha256sums.txt), so the download page shows
// what GitHub publishes; otherwise the committed snapshot is built as is. GitHub's absence never
// fails the build: a component that cannot be fetched whole keeps its committed file. Prints one line.
import { refreshDownloads, writeUpdates } from '../../lib/content/downloads/refresh';

const dir = process.env.DOWNLOADS_DIR ?? 'content/downloads';
const api = process.env.GITHUB_API_URL ?? 'https://api.github.com';
// Builds that must be reproducible (tests asserting the snapshot's versions) skip GitHub even online.
if (process.env.DOWNLOADS_SNAPSHOT === '1') {
  console.log(`downloads: DOWNLOADS_SNAPSHOT=1; using the committed snapshot in ${dir}/`);
  process.exit(0);
}
const started = performance.now();
const { files, updates, failures } = await refreshDownloads({
  dir,
  api,
  token: process.env.GITHUB_TOKEN,
  // Without network every component fails within one request timeout: the build waits 8 s at most.
  requestTimeoutMs: 8_000,
  totalTimeoutMs: 60_000,
});
const took = `${((performance.now() - started) / 1000).toFixed(1)} s`;

if (!updates.length && failures.length) {
  console.log(`downloads: GitHub unreachable (${failures[0].reason}, after ${took}); using the committed snapshot in ${dir}/`);
} else {
  const changed = writeUpdates(dir, updates);
  const kept = failures.map(({ file, reason }) => `; kept the committed ${file} (${reason})`).join('');
  const written = changed
    ? `${changed} file${changed === 1 ? '' : 's'} changed in this working copy, see git diff ${dir}/`
    : 'no file changed';
  console.log(`downloads: refreshed ${updates.length} of ${files} components from ${api} in ${took} (${written}${kept})`);
}
