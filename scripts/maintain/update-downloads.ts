// `npm run update-downloads`: refreshes content/downloads/*.yaml from the GitHub Releases API:
// versions, dates, pre-release flags, files with sizes, and SHA-256 checksums from each
// release's sha256sums.txt. LTS flags are ours and are kept. GITHUB_TOKEN is optional (it raises
// the rate limit). All or nothing: if any component fails, it says why and changes no file.
import { refreshDownloads, writeUpdates } from '../../lib/content/downloads/refresh';

const dir = process.env.DOWNLOADS_DIR ?? 'content/downloads';
const { files, updates, failures } = await refreshDownloads({
  dir,
  api: process.env.GITHUB_API_URL ?? 'https://api.github.com',
  token: process.env.GITHUB_TOKEN,
  requestTimeoutMs: 20_000,
});
if (failures.length) {
  console.error(`update-downloads: ${failures.length} of ${files} components could not be fetched; no file was changed.`);
  for (const { repo, reason } of failures) console.error(`  ${repo}: ${reason}`);
  console.error('Check the network or proxy settings (or set GITHUB_TOKEN when rate-limited) and try again.');
  process.exit(1);
}
for (const { repo, releases } of updates) console.log(`${repo}: ${releases} releases`);
const changed = writeUpdates(dir, updates);
console.log(`Updated ${changed} of ${files} files in ${dir}/. Review the diff, then commit.`);
