// Refreshes content/downloads/*.yaml from the GitHub Releases API. One implementation for
// `npm run update-downloads` (all or nothing) and the build's scripts/build/fetch-downloads.ts (each
// component refreshed or left as committed).
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, visit } from 'yaml';
import { readYamlDocument } from '../yaml';
import { mergeReleases, parseAssetName, parseSha256Sums, type ComponentRelease } from './releases';

export type RefreshOptions = {
  /** Folder of the component files, e.g. content/downloads. */
  dir: string;
  /** GitHub API origin, https://api.github.com or a stand-in. */
  api: string;
  /** Raises GitHub's rate limit; optional. */
  token?: string;
  /** Longest wait for any one request. */
  requestTimeoutMs: number;
  /** Longest wait for the whole refresh; components not done by then fail. */
  totalTimeoutMs?: number;
};

/** A component that could not be refreshed; its file was not touched. */
export type RefreshFailure = { file: string; repo: string; reason: string };
/** A component's new file text; `changed` when it differs from the file. */
export type RefreshUpdate = { file: string; repo: string; releases: number; text: string; changed: boolean };
export type RefreshResult = { files: number; updates: RefreshUpdate[]; failures: RefreshFailure[] };

/** Releases per component: the first page is enough for latest and LTS. */
const PER_PAGE = 30;
/** Checksum downloads in flight at once: GitHub asks clients not to flood it. */
const CONCURRENCY = 8;

type GitHubRelease = { tag_name: string; published_at: string | null; prerelease: boolean; draft: boolean; assets: { name: string; size: number; browser_download_url: string }[] };

/** Runs at most `max` tasks at once; a finishing task hands its slot straight to the next. */
function limiter(max: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active < max) active++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/** What went wrong, short enough for one line: the system's reason, a timeout, or the HTTP status. */
function failureReason(error: unknown, url: string, options: RefreshOptions, total: AbortSignal | undefined): string {
  const host = new URL(url).host;
  if (total?.aborted) return `not done within ${seconds(options.totalTimeoutMs ?? 0)}`;
  if (error instanceof Error && error.name === 'TimeoutError') return `no answer from ${host} within ${seconds(options.requestTimeoutMs)}`;
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  // Connection errors to several addresses arrive as an AggregateError without a message.
  if (cause instanceof Error) return cause.message || ('code' in cause ? String(cause.code) : cause.name);
  return String(cause);
}

class RefreshError extends Error {}

/** GET with the API's headers; every failure becomes a RefreshError with a one-line reason. */
function client(options: RefreshOptions) {
  const total = options.totalTimeoutMs === undefined ? undefined : AbortSignal.timeout(options.totalTimeoutMs);
  const headers: Record<string, string> = { Accept: 'application/vnd.github+json', 'User-Agent': 'prometheus-website' };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  return async <T>(url: string, read: (response: Response) => Promise<T>): Promise<T> => {
    const timeout = AbortSignal.timeout(options.requestTimeoutMs);
    try {
      const response = await fetch(url, { headers, signal: total ? AbortSignal.any([timeout, total]) : timeout });
      if (response.status === 403 || response.status === 429) throw new RefreshError(`rate-limited by ${new URL(url).host} (HTTP ${response.status}; GITHUB_TOKEN raises the limit)`);
      if (!response.ok) throw new RefreshError(`GET ${url} answered ${response.status}`);
      // Read under the same signal, so a body that stalls counts against the timeout too.
      return await read(response);
    } catch (error) {
      throw error instanceof RefreshError ? error : new RefreshError(failureReason(error, url, options, total));
    }
  };
}

type Get = ReturnType<typeof client>;
type Limit = ReturnType<typeof limiter>;

/** One release list per component, all at once (without network they all fail within one timeout); the checksum files queue. */
async function fetchReleases(repo: string, get: Get, limit: Limit, api: string): Promise<ComponentRelease[]> {
  const url = `${api}/repos/${repo}/releases?per_page=${PER_PAGE}`;
  const releases = await get(url, async (response): Promise<GitHubRelease[]> => {
    const body: unknown = await response.json();
    if (!Array.isArray(body)) throw new RefreshError(`GET ${url} answered something other than a list of releases`);
    // Only the list is checked: its releases are read as GitHub documents them.
    return body as GitHubRelease[];
  });
  return Promise.all(
    releases
      .filter((release) => !release.draft)
      .map(async (release): Promise<ComponentRelease> => {
        const sumsAsset = release.assets.find((a) => a.name === 'sha256sums.txt');
        const sums = sumsAsset ? parseSha256Sums(await limit(() => get(sumsAsset.browser_download_url, (r) => r.text()))) : new Map<string, string>();
        return {
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
        };
      }),
  );
}

/** A release as the files spell it: false flags are the schema's default and left out. */
function asWritten({ version, date, lts, prerelease, files }: ComponentRelease) {
  return { version, ...(date ? { date } : {}), ...(lts ? { lts } : {}), ...(prerelease ? { prerelease } : {}), files };
}

/** The new text of one component file; files stay one line each, as editors write them. */
function mergedText(text: string, fetched: ComponentRelease[]): { text: string; releases: number } {
  const document = readYamlDocument(text);
  const existing = (document.toJS() as { releases?: ComponentRelease[] }).releases ?? [];
  const merged = mergeReleases(existing, fetched).map(asWritten);
  document.set('releases', document.createNode(merged));
  visit(document, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === 'files' && isSeq(pair.value)) for (const item of pair.value.items) if (isMap(item)) item.flow = true;
    },
  });
  return { text: document.toString({ lineWidth: 0 }), releases: merged.length };
}

/** Fetches every component in `dir`; writes nothing. Each component succeeds or fails whole. */
export async function refreshDownloads(options: RefreshOptions): Promise<RefreshResult> {
  const get = client(options);
  const limit = limiter(CONCURRENCY);
  const files = readdirSync(options.dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  const outcomes = await Promise.all(
    files.map(async (file) => {
      const text = readFileSync(path.join(options.dir, file), 'utf8');
      const repo = String(readYamlDocument(text).get('repo'));
      try {
        const merged = mergedText(text, await fetchReleases(repo, get, limit, options.api));
        return { update: { file, repo, releases: merged.releases, text: merged.text, changed: merged.text !== text } };
      } catch (error) {
        return { failure: { file, repo, reason: error instanceof Error ? error.message : String(error) } };
      }
    }),
  );
  return {
    files: files.length,
    updates: outcomes.flatMap((o) => (o.update ? [o.update] : [])),
    failures: outcomes.flatMap((o) => (o.failure ? [o.failure] : [])),
  };
}

/** Writes the changed files, each through a temporary file and a rename, so none is ever half written. */
export function writeUpdates(dir: string, updates: readonly RefreshUpdate[]): number {
  const changed = updates.filter((u) => u.changed);
  for (const { file, text } of changed) {
    const temporary = path.join(dir, `.${file}.${process.pid}.tmp`);
    writeFileSync(temporary, text);
    renameSync(temporary, path.join(dir, file));
  }
  return changed.length;
}
