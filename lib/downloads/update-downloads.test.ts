import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/** Runs scripts/update-downloads.ts against `api`, on a copy of one component file. */
function run(api: string, dir: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'scripts/update-downloads.ts'], { env: { ...process.env, GITHUB_API_URL: api, DOWNLOADS_DIR: dir } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}

const SUM = 'b'.repeat(64);
let server: Server;
let api = '';

beforeAll(async () => {
  // A stand-in for the GitHub Releases API: one release with two archives and a checksum file.
  server = createServer((req, res) => {
    if (req.url?.startsWith('/repos/prometheus/prometheus/releases')) {
      res.setHeader('Content-Type', 'application/json');
      res.end(
        JSON.stringify([
          {
            tag_name: 'v3.5.0',
            published_at: '2025-07-14T12:00:00Z',
            prerelease: false,
            draft: false,
            assets: [
              { name: 'prometheus-3.5.0.linux-amd64.tar.gz', size: 123456, browser_download_url: `${api}/dl/a` },
              { name: 'prometheus-3.5.0.windows-amd64.zip', size: 654321, browser_download_url: `${api}/dl/b` },
              { name: 'sha256sums.txt', size: 100, browser_download_url: `${api}/dl/sums` },
            ],
          },
        ]),
      );
    } else if (req.url === '/dl/sums') {
      res.end(`${SUM}  prometheus-3.5.0.linux-amd64.tar.gz\n`);
    } else {
      res.statusCode = 404;
      res.end();
    }
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => server.close());

function componentDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'downloads-'));
  writeFileSync(
    path.join(dir, 'prometheus.yaml'),
    'name: Prometheus\nrepo: prometheus/prometheus\ndescription: The server.\nreleases:\n  - version: 3.5.0\n    lts: true\n  - version: 3.0.0\n    date: 2024-11-14\n',
  );
  return dir;
}

describe('npm run update-downloads', () => {
  it('fills dates, files, sizes and checksums from the releases, keeping LTS flags and older releases', async () => {
    const dir = componentDir();
    const { code, output } = await run(api, dir);
    expect(code, output).toBe(0);
    const data = parse(readFileSync(path.join(dir, 'prometheus.yaml'), 'utf8'));
    expect(data.releases.map((r: { version: string }) => r.version)).toEqual(['3.5.0', '3.0.0']);
    expect(data.releases[0]).toMatchObject({ version: '3.5.0', date: '2025-07-14', lts: true, prerelease: false });
    expect(data.releases[0].files).toEqual([
      { name: 'prometheus-3.5.0.linux-amd64.tar.gz', os: 'linux', arch: 'amd64', size: 123456, sha256: SUM },
      // Not in sha256sums.txt: no checksum is made up.
      { name: 'prometheus-3.5.0.windows-amd64.zip', os: 'windows', arch: 'amd64', size: 654321 },
    ]);
  }, 60_000);

  it('without network, says so and changes nothing', async () => {
    const dir = componentDir();
    const before = readFileSync(path.join(dir, 'prometheus.yaml'), 'utf8');
    const { code, output } = await run('http://127.0.0.1:1', dir);
    expect(code).not.toBe(0);
    expect(output).toContain('Cannot reach http://127.0.0.1:1');
    expect(output).toContain('no file was changed');
    expect(readFileSync(path.join(dir, 'prometheus.yaml'), 'utf8')).toBe(before);
  }, 60_000);
});
