// Both scripts over lib/content/downloads/refresh.ts, against a local stand-in for the GitHub API:
// `npm run update-downloads` (all or nothing) and the build's scripts/build/fetch-downloads.ts.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

type Run = { code: number; stdout: string; stderr: string };
/** What the tests read back of a component file. */
type Written = { releases: { version: string; files: { sha256?: string }[] }[] };

const bundles = new Map<string, Promise<string>>();

/**
 * `script` as one plain ES module, built once per run: each run of it then starts without tsx's
 * loader (a second of CPU a start). Packages stay imports, resolved from node_modules/.cache/.
 */
function bundled(script: string): Promise<string> {
  let bundle = bundles.get(script);
  if (!bundle) {
    const outfile = path.join(process.cwd(), 'node_modules', '.cache', 'script-tests', `${process.pid}-${path.basename(script, '.ts')}.mjs`);
    bundle = build({ entryPoints: [script], outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'error' }).then(() => outfile);
    bundles.set(script, bundle);
  }
  return bundle;
}

/** Runs a script against `api` on the component files in `dir`. */
async function run(script: string, api: string, dir: string, extra: Record<string, string> = {}): Promise<Run> {
  const env = { ...process.env, GITHUB_API_URL: api, DOWNLOADS_DIR: dir, GITHUB_TOKEN: '', DOWNLOADS_SNAPSHOT: '', ...extra };
  const file = await bundled(script);
  return new Promise((resolve) => {
    execFile(process.execPath, [file], { env }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
  });
}

const SUM = 'b'.repeat(64);
const AM_SUM = 'c'.repeat(64);
/** What the stand-in answers for each repository's release list: the releases, or an HTTP status. */
let answers: Record<string, number | 'ok'> = {};
let sumsStatus = 200;
let server: Server;
let api = '';
/** A local port nothing listens on (port 1 would do, but fetch refuses it as a "bad port"). */
let closed = '';

const releases = (name: string, version: string) => [
  {
    tag_name: `v${version}`,
    published_at: '2025-07-14T12:00:00Z',
    prerelease: false,
    draft: false,
    assets: [
      { name: `${name}-${version}.linux-amd64.tar.gz`, size: 123456, browser_download_url: `${api}/dl/${name}/a` },
      { name: `${name}-${version}.windows-amd64.zip`, size: 654321, browser_download_url: `${api}/dl/${name}/b` },
      { name: 'sha256sums.txt', size: 100, browser_download_url: `${api}/dl/${name}/sums` },
    ],
  },
  { tag_name: `v${version}-rc.0`, published_at: '2025-07-01T12:00:00Z', prerelease: true, draft: false, assets: [] },
  { tag_name: 'v9.9.9', published_at: null, prerelease: false, draft: true, assets: [] },
];

beforeAll(async () => {
  server = createServer((req, res) => {
    const list = /^\/repos\/prometheus\/([a-z_]+)\/releases\?per_page=\d+$/.exec(req.url ?? '');
    const answer = list ? (answers[list[1]] ?? 404) : undefined;
    if (list && answer === 'ok') {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(list[1] === 'prometheus' ? releases('prometheus', '3.5.0') : releases('alertmanager', '0.28.1')));
    } else if (list) {
      res.statusCode = Number(answer);
      res.end('{"message":"no"}');
    } else if (req.url === '/dl/prometheus/sums') {
      res.statusCode = sumsStatus;
      res.end(`${SUM}  prometheus-3.5.0.linux-amd64.tar.gz\n`);
    } else if (req.url === '/dl/alertmanager/sums') {
      res.end(`${AM_SUM}  alertmanager-0.28.1.linux-amd64.tar.gz\n${AM_SUM}  alertmanager-0.28.1.windows-amd64.zip\n`);
    } else {
      res.statusCode = 404;
      res.end();
    }
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const probe = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => probe.once('listening', resolve));
  closed = `127.0.0.1:${(probe.address() as AddressInfo).port}`;
  await new Promise((resolve) => probe.close(resolve));
});

afterAll(() => server.close());

beforeEach(() => {
  answers = { prometheus: 'ok', alertmanager: 'ok' };
  sumsStatus = 200;
});

const PROMETHEUS = [
  '# Comments stay.',
  'name: Prometheus',
  'repo: prometheus/prometheus',
  'description: The server.',
  'releases:',
  '  - version: 3.5.0',
  '    lts: true',
  '  - version: 3.0.0',
  '    date: 2024-11-14',
  '    files:',
  '      - { name: prometheus-3.0.0.linux-amd64.tar.gz, os: linux, arch: amd64 }',
  '',
].join('\n');
const ALERTMANAGER = 'name: Alertmanager\nrepo: prometheus/alertmanager\ndescription: Routes alerts.\nreleases:\n  - version: 0.28.0\n';

/** A folder with the two component files, and their text as written. */
function componentDir(): { dir: string; snapshot: () => Record<string, string> } {
  const dir = mkdtempSync(path.join(tmpdir(), 'downloads-'));
  writeFileSync(path.join(dir, 'prometheus.yaml'), PROMETHEUS);
  writeFileSync(path.join(dir, 'alertmanager.yaml'), ALERTMANAGER);
  const snapshot = () => Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
  return { dir, snapshot };
}

const lines = (text: string) => text.split('\n').filter(Boolean);

describe('npm run update-downloads', () => {
  it('fills dates, files, sizes and checksums from the releases, keeping LTS flags and older releases', async () => {
    const { dir } = componentDir();
    const { code, stdout, stderr } = await run('scripts/maintain/update-downloads.ts', api, dir);
    expect(code, stdout + stderr).toBe(0);
    const text = readFileSync(path.join(dir, 'prometheus.yaml'), 'utf8');
    const data = parse(text) as Written;
    expect(data.releases.map((r) => r.version)).toEqual(['3.5.0', '3.5.0-rc.0', '3.0.0']);
    expect(data.releases[0]).toEqual({
      version: '3.5.0',
      date: '2025-07-14',
      lts: true,
      files: [
        { name: 'prometheus-3.5.0.linux-amd64.tar.gz', os: 'linux', arch: 'amd64', size: 123456, sha256: SUM },
        // Not in sha256sums.txt: no checksum is made up.
        { name: 'prometheus-3.5.0.windows-amd64.zip', os: 'windows', arch: 'amd64', size: 654321 },
      ],
    });
    expect(data.releases[1]).toMatchObject({ version: '3.5.0-rc.0', prerelease: true });
    // Written as editors write them: comments kept, one line a file, false flags left out.
    expect(text).toContain('# Comments stay.');
    expect(text).toContain('      - { name: prometheus-3.0.0.linux-amd64.tar.gz, os: linux, arch: amd64 }');
    expect(text).not.toContain('lts: false');
  });

  it('without network, says so and changes nothing', async () => {
    const { dir, snapshot } = componentDir();
    const before = snapshot();
    const { code, stderr } = await run('scripts/maintain/update-downloads.ts', `http://${closed}`, dir);
    expect(code).not.toBe(0);
    expect(stderr).toContain(`prometheus/prometheus: connect ECONNREFUSED ${closed}`);
    expect(stderr).toContain('no file was changed');
    expect(snapshot()).toEqual(before);
  });

  it('when one component fails, changes no file at all', async () => {
    answers.alertmanager = 500;
    const { dir, snapshot } = componentDir();
    const before = snapshot();
    const { code, stderr } = await run('scripts/maintain/update-downloads.ts', api, dir);
    expect(code).not.toBe(0);
    expect(stderr).toContain('1 of 2 components could not be fetched; no file was changed');
    expect(stderr).toContain(`prometheus/alertmanager: GET ${api}/repos/prometheus/alertmanager/releases?per_page=30 answered 500`);
    expect(snapshot()).toEqual(before);
  });
});

describe('the build step, scripts/build/fetch-downloads.ts', () => {
  const SCRIPT = 'scripts/build/fetch-downloads.ts';

  it('writes what GitHub publishes into the component files and says so in one line', async () => {
    const { dir } = componentDir();
    const { code, stdout, stderr } = await run(SCRIPT, api, dir);
    expect(code, stderr).toBe(0);
    expect(stderr).toBe('');
    expect(lines(stdout.replace(/ in \d+\.\d s/, ''))).toEqual([`downloads: refreshed 2 of 2 components from ${api} (2 files changed in this working copy, see git diff ${dir}/)`]);
    const prometheus = parse(readFileSync(path.join(dir, 'prometheus.yaml'), 'utf8')) as Written;
    expect(prometheus.releases[0]).toMatchObject({ version: '3.5.0', date: '2025-07-14', lts: true });
    expect(prometheus.releases[0].files[0]).toEqual({ name: 'prometheus-3.5.0.linux-amd64.tar.gz', os: 'linux', arch: 'amd64', size: 123456, sha256: SUM });
    const alertmanager = parse(readFileSync(path.join(dir, 'alertmanager.yaml'), 'utf8')) as Written;
    expect(alertmanager.releases.map((r) => r.version)).toEqual(['0.28.1', '0.28.1-rc.0', '0.28.0']);
    expect(alertmanager.releases[0].files.map((f) => f.sha256)).toEqual([AM_SUM, AM_SUM]);
    // Nothing new the second time: no file is rewritten.
    expect((await run(SCRIPT, api, dir)).stdout).toMatch(/^downloads: refreshed 2 of 2 components from .+ in \d+\.\d s \(no file changed\)\n$/);
  });

  it('keeps the committed file of a component it cannot fetch whole, and refreshes the others', async () => {
    sumsStatus = 502;
    const { dir, snapshot } = componentDir();
    const before = snapshot();
    const { code, stdout } = await run(SCRIPT, api, dir);
    expect(code).toBe(0);
    expect(lines(stdout.replace(/ in \d+\.\d s/, ''))).toEqual([
      `downloads: refreshed 1 of 2 components from ${api} (1 file changed in this working copy, see git diff ${dir}/; kept the committed prometheus.yaml (GET ${api}/dl/prometheus/sums answered 502))`,
    ]);
    const after = snapshot();
    expect(after['prometheus.yaml']).toBe(before['prometheus.yaml']);
    expect(after['alertmanager.yaml']).not.toBe(before['alertmanager.yaml']);
    // Written through a temporary file and a rename: none is left behind.
    expect(Object.keys(after).sort()).toEqual(['alertmanager.yaml', 'prometheus.yaml']);
  });

  it.each([
    ['a closed port', () => `http://${closed}`, () => `connect ECONNREFUSED ${closed}`],
    ['a name that does not resolve', () => 'http://api.github.invalid', () => 'api.github.invalid'],
    ['a rate limit', () => api, () => 'rate-limited by 127.0.0.1'],
  ])('without GitHub (%s): one line, exit 0, files byte for byte as committed', async (_, target, reason) => {
    answers = { prometheus: 403, alertmanager: 403 };
    const { dir, snapshot } = componentDir();
    const before = snapshot();
    const { code, stdout, stderr } = await run(SCRIPT, target(), dir);
    expect(code, stderr).toBe(0);
    expect(stderr).toBe('');
    expect(lines(stdout)).toHaveLength(1);
    expect(stdout).toMatch(/^downloads: GitHub unreachable \(.+, after \d+\.\d s\); using the committed snapshot in .+\/\n$/);
    expect(stdout).toContain(reason());
    expect(snapshot()).toEqual(before);
    // Fails fast: one refused connection, failed lookup or refusing answer, not a timeout.
    expect(Number(/after (\S+) s/.exec(stdout)?.[1])).toBeLessThan(3);
  });

  it('with DOWNLOADS_SNAPSHOT=1, builds the committed snapshot without asking GitHub', async () => {
    const { dir, snapshot } = componentDir();
    const before = snapshot();
    const { code, stdout } = await run(SCRIPT, api, dir, { DOWNLOADS_SNAPSHOT: '1' });
    expect(code).toBe(0);
    expect(stdout).toBe(`downloads: DOWNLOADS_SNAPSHOT=1; using the committed snapshot in ${dir}/\n`);
    expect(snapshot()).toEqual(before);
  });

  it('gives up on a GitHub that accepts connections but never answers, within the request timeout', async () => {
    // No request listener: it accepts connections and never answers.
    const silent = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => silent.once('listening', resolve));
    const { dir, snapshot } = componentDir();
    const before = snapshot();
    const { code, stdout } = await run(SCRIPT, `http://127.0.0.1:${(silent.address() as AddressInfo).port}`, dir);
    silent.closeAllConnections();
    silent.close();
    expect(code).toBe(0);
    expect(stdout).toMatch(/^downloads: GitHub unreachable \(no answer from 127\.0\.0\.1:\d+ within 8 s, after \S+ s\); using the committed snapshot in .+\/\n$/);
    expect(snapshot()).toEqual(before);
    // One request timeout for all components at once, not one after another.
    expect(Number(/after (\S+) s/.exec(stdout)?.[1])).toBeLessThan(10);
  });
});
