// Lighthouse (the npm package, driving Debian Chromium) on one page of a built site, for the benchmarks.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumExecutable } from '../../e2e/browser';

const SERVE = fileURLToPath(new URL('../dev/serve.mjs', import.meta.url));

export type LighthouseResult = { performance: number; cls: string; tbt: string; domSize: number; htmlKiB: number };

/** Lighthouse mobile on `page` of the static site in `outDir`, served as production serves it. */
export function lighthouseMobile(outDir: string, page: string, port = 4174): LighthouseResult {
  const chrome = chromiumExecutable();
  if (!chrome) throw new Error('Lighthouse needs Chromium: set CHROMIUM_PATH or apt-get install chromium');
  const server = spawn(process.execPath, [SERVE], {
    env: { ...process.env, OUT_DIR: outDir, PORT: String(port), HOST: '127.0.0.1' },
    stdio: 'ignore',
  });
  const dir = mkdtempSync(path.join(tmpdir(), 'lighthouse-'));
  try {
    // The server needs a moment to listen; lighthouse retries nothing.
    spawnSync('sleep', ['1']);
    const report = path.join(dir, 'report.json');
    const flags =
      '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';
    spawnSync(
      'npx',
      [
        'lighthouse',
        `http://127.0.0.1:${port}${page}`,
        `--chrome-path=${chrome}`,
        `--chrome-flags=${flags}`,
        '--only-categories=performance',
        '--output=json',
        `--output-path=${report}`,
        '--quiet',
      ],
      { stdio: 'ignore' },
    );
    const result = JSON.parse(readFileSync(report, 'utf8')) as {
      categories: { performance: { score: number } };
      audits: Partial<Record<string, { displayValue?: string; numericValue?: number }>>;
    };
    return {
      performance: Math.round(result.categories.performance.score * 100),
      cls: result.audits['cumulative-layout-shift']?.displayValue ?? '?',
      tbt: result.audits['total-blocking-time']?.displayValue ?? '?',
      domSize: result.audits['dom-size']?.numericValue ?? 0,
      htmlKiB: Math.round(statSync(path.join(outDir, page, 'index.html')).size / 1024),
    };
  } finally {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
