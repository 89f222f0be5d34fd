// Dev loop speed: from saving an .mdx file to seeing the change in the browser. Starts `npm run dev`
// (contentlayer2 dev beside next dev) on a free port in a copy of the site (.fixture-builds/, never
// the real content/), opens a docs page written in MDX in Chromium, then changes a marker
// paragraph in that file and times file write → marker visible, after one warm-up edit.
// Modes: `hmr` waits for the open page to update by itself (Fast Refresh); `reload` reloads the
// page in a loop until the marker is there (what an editor without HMR would see). Also shows how
// much of the time contentlayer2 takes: until the regenerated document's JSON holds the marker.
// Usage: tsx scripts/bench/dev-reload-bench.ts [runs=5] [hmr|reload|both=both]  → a Markdown table
// DEV_BENCH_DIR=<copy of the site> times that copy instead (the real corpus: scripts/bench/real-content-bench.ts),
// with its caches as they are; only the benchmark's page is removed afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../e2e/browser';
import { prepareFixtureDir } from '../../e2e/fixture-build';
import { freePort } from '../../e2e/free-port';

type Mode = 'hmr' | 'reload';
type Series = { mode: Mode; ms: number[]; contentlayerMs: number[]; failures: number };
type EditTiming = { ms: number; contentlayerMs?: number };

const runs = Number(process.argv[2] ?? 5);
const modeArg = process.argv[3] ?? 'both';
if (!Number.isInteger(runs) || runs < 1 || !['hmr', 'reload', 'both'].includes(modeArg)) {
  console.error('Usage: tsx scripts/bench/dev-reload-bench.ts [runs] [hmr|reload|both]');
  process.exit(2);
}
const modes: Mode[] = modeArg === 'both' ? ['hmr', 'reload'] : [modeArg as Mode];
/** How long one edit may take to show before the run counts as a failure. */
const EDIT_TIMEOUT_MS = 60_000;

const SLUG = 'dev-reload-bench';
const FILE = path.join('content', 'docs', `${SLUG}.mdx`);
const source = (marker: string) => `---
title: Dev reload benchmark
description: A page in MDX that scripts/bench/dev-reload-bench.ts edits.
---

The benchmark rewrites the paragraph below and waits for it in the browser.

<Callout type="tip">

An MDX component, so the page goes through the MDX pipeline.

</Callout>

${marker}
`;

/** Polls until the URL answers 200; the first request also compiles the page. */
async function waitForServer(url: string, dev: ChildProcess, timeoutMs = 600_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (dev.exitCode !== null) throw new Error(`npm run dev exited with ${dev.exitCode}`);
    const ok = await fetch(url)
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** contentlayer2 replaces a generated file by deleting it first, so it can be missing for a moment. */
function readIfThere(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/**
 * Writes a new marker into the file and returns ms until the page shows it (undefined on timeout),
 * and until contentlayer2 had written the regenerated document (`generated`, its JSON).
 */
async function edit(page: Page, file: string, generated: string, marker: string, mode: Mode): Promise<EditTiming | undefined> {
  const target = page.locator('.content-body').getByText(marker, { exact: true });
  writeFileSync(file, source(marker));
  const written = performance.now();
  let contentlayerMs: number | undefined;
  const poll = setInterval(() => {
    if (contentlayerMs === undefined && readIfThere(generated).includes(marker)) contentlayerMs = performance.now() - written;
  }, 5);
  try {
    if (mode === 'hmr') {
      const seen = await target.waitFor({ state: 'visible', timeout: EDIT_TIMEOUT_MS }).then(
        () => true,
        () => false,
      );
      return seen ? { ms: performance.now() - written, contentlayerMs } : undefined;
    }
    while (performance.now() < written + EDIT_TIMEOUT_MS) {
      await page.reload({ waitUntil: 'domcontentloaded' });
      if (await target.isVisible()) return { ms: performance.now() - written, contentlayerMs };
    }
    return undefined;
  } finally {
    clearInterval(poll);
  }
}

const existing = process.env.DEV_BENCH_DIR;
const fixture = existing
  ? { dir: existing, cleanup: () => rmSync(path.join(existing, FILE), { force: true }) }
  : prepareFixtureDir('dev-reload', {});
const file = path.join(fixture.dir, FILE);
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, source('Marker: initial.'));
const port = await freePort();
const url = `http://127.0.0.1:${port}/docs/${SLUG}/`;
// Its own process group, so npm, dev.mjs, contentlayer2 and next stop together.
const dev = spawn('npm', ['run', 'dev', '--', '--port', String(port), '--hostname', '127.0.0.1'], {
  cwd: fixture.dir,
  detached: true,
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
});
// Even if this script dies half-way, the dev server must not outlive it.
const stopDev = () => {
  try {
    if (dev.pid) process.kill(-dev.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
};
process.on('exit', stopDev);
let log = '';
dev.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
dev.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });

try {
  const started = performance.now();
  await waitForServer(url, dev);
  const startupSeconds = (performance.now() - started) / 1000;
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 300_000 });
  await page.locator('.content-body').getByText('Marker: initial.', { exact: true }).waitFor();
  const docDir = path.join(fixture.dir, '.contentlayer', 'generated', 'Doc');
  const generatedName = readdirSync(docDir).find((name) => name.includes(SLUG));
  if (!generatedName) throw new Error(`no generated document for ${FILE} in ${docDir}`);
  const generated = path.join(docDir, generatedName);
  const series: Series[] = [];
  for (const mode of modes) {
    // Warm-up: the first change compiles whatever the first render did not.
    await edit(page, file, generated, `Marker: ${mode} warm-up ${Date.now()}.`, mode);
    const result: Series = { mode, ms: [], contentlayerMs: [], failures: 0 };
    for (let run = 0; run < runs; run++) {
      const timing = await edit(page, file, generated, `Marker: ${mode} run ${run} ${Date.now()}.`, mode);
      if (timing === undefined) result.failures++;
      else result.ms.push(timing.ms);
      if (timing?.contentlayerMs !== undefined) result.contentlayerMs.push(timing.contentlayerMs);
      // Let the dev server settle, so one run's recompile does not overlap the next write.
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    series.push(result);
  }
  const sorted = (ms: number[]) => [...ms].sort((a, b) => a - b);
  const median = (ms: number[]) => {
    const s = sorted(ms);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  const rows = [
    '| how the page updates | runs | median | max | all runs (ms) | of which contentlayer2 (median) |',
    '|---|---|---|---|---|---|',
  ];
  for (const { mode, ms, contentlayerMs, failures } of series) {
    const label = mode === 'hmr' ? 'by itself (HMR, no reload)' : 'page reloaded in a loop';
    const fails = failures ? `, ${failures} not seen within ${EDIT_TIMEOUT_MS / 1000} s` : '';
    rows.push(
      ms.length
        ? `| ${label} | ${ms.length}${fails} | ${Math.round(median(ms))} ms | ${Math.round(Math.max(...ms))} ms | ${ms.map(Math.round).join(', ')} | ${contentlayerMs.length ? `${Math.round(median(contentlayerMs))} ms` : '–'} |`
        : `| ${label} | 0${fails} | – | – | – | – |`,
    );
  }
  console.log(
    `Save of \`content/docs/${SLUG}.mdx\` (a marker paragraph changed) until the marker is visible at \`/docs/${SLUG}/\`, \`npm run dev\` (contentlayer2 dev + next dev); after one warm-up edit per mode. Dev server ready (first page compiled) in ${startupSeconds.toFixed(0)} s.\n`,
  );
  console.log(rows.join('\n'));
} catch (error) {
  console.error(log.slice(-4000));
  throw error;
} finally {
  await browser.close();
  const exited = new Promise((resolve) => (dev.exitCode === null ? dev.once('exit', resolve) : resolve(null)));
  stopDev();
  await exited;
  // next dev's children may still be flushing .next/ for a moment.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  fixture.cleanup();
}
