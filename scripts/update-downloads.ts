// `npm run update-downloads`: refreshes content/downloads/*.yaml from the GitHub Releases API:
// versions, dates, pre-release flags, files with sizes, and SHA-256 checksums from each
// release's sha256sums.txt. LTS flags are ours and are kept. GITHUB_TOKEN is optional (it raises
// the rate limit). Without network it says so and changes nothing.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { mergeReleases, parseAssetName, parseSha256Sums, type ComponentRelease } from '../lib/downloads/releases';

const API = process.env.GITHUB_API_URL ?? 'https://api.github.com';
const DIR = process.env.DOWNLOADS_DIR ?? 'content/downloads';
/** Releases per component to fetch: the latest page is enough for latest and LTS. */
const PER_PAGE = 30;

type GitHubRelease = { tag_name: string; published_at: string | null; prerelease: boolean; draft: boolean; assets: { name: string; size: number; browser_download_url: string }[] };

async function get(url: string): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/vnd.github+json', 'User-Agent': 'prometheus-website' };
  if (process.env.GITHUB_TOKEN) headers.Authorization = `Bearer ${process.env.GITHUB_TOKEN}`;
  let response: Response;
  try {
    response = await fetch(url, { headers, signal: AbortSignal.timeout(20_000) });
  } catch (error) {
    const cause = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    throw new Error(`Cannot reach ${new URL(url).origin} (${cause}). Check the network or proxy settings; no file was changed.`);
  }
  if (response.status === 403 || response.status === 429) throw new Error(`GitHub refused the request (rate limit?): set GITHUB_TOKEN and try again; no file was changed.`);
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}; no file was changed.`);
  return response;
}

async function fetchReleases(repo: string): Promise<ComponentRelease[]> {
  const releases = (await (await get(`${API}/repos/${repo}/releases?per_page=${PER_PAGE}`)).json()) as GitHubRelease[];
  const result: ComponentRelease[] = [];
  for (const release of releases.filter((r) => !r.draft)) {
    const sumsAsset = release.assets.find((a) => a.name === 'sha256sums.txt');
    const sums = sumsAsset ? parseSha256Sums(await (await get(sumsAsset.browser_download_url)).text()) : new Map<string, string>();
    result.push({
      version: release.tag_name.replace(/^v/, ''),
      ...(release.published_at ? { date: release.published_at.slice(0, 10) } : {}),
      lts: false,
      prerelease: release.prerelease,
      files: release.assets.flatMap((asset) => {
        const platform = parseAssetName(asset.name);
        if (!platform) return [];
        const sha256 = sums.get(asset.name);
        return [{ name: asset.name, ...platform, size: asset.size, ...(sha256 ? { sha256 } : {}) }];
      }),
    });
  }
  return result;
}

// Fetch everything first: a failure part-way must not leave some files updated and others not.
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));
const updates: { file: string; text: string }[] = [];
try {
  for (const file of files) {
    const document = parseDocument(readFileSync(path.join(DIR, file), 'utf8'));
    const repo = String(document.get('repo'));
    const existing = (document.toJS().releases ?? []) as ComponentRelease[];
    const merged = mergeReleases(existing, await fetchReleases(repo)).map((r) => ({ ...r, lts: r.lts ?? false, prerelease: r.prerelease ?? false }));
    document.set('releases', merged);
    updates.push({ file, text: document.toString({ lineWidth: 0 }) });
    console.log(`${repo}: ${merged.length} releases`);
  }
} catch (error) {
  console.error(`update-downloads: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
for (const { file, text } of updates) writeFileSync(path.join(DIR, file), text);
console.log(`Updated ${updates.length} files in ${DIR}/. Review the diff, then commit.`);
