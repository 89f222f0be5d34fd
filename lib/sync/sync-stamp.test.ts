import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { rememberSync, SYNC_INPUTS, syncIsCurrent } from './sync-stamp';

const home = process.cwd();
const scratch = mkdtempSync(path.join(tmpdir(), 'sync-stamp-'));
// Inputs, outputs and the stamp are paths from the working folder: a scratch copy of the layout.
beforeAll(() => {
  process.chdir(scratch);
  mkdirSync('upstream/fallback/prometheus/3.5', { recursive: true });
  writeFileSync('upstream/docs.lock.json', '{}');
  writeFileSync('upstream/fallback/prometheus/3.5/index.md', '# Docs');
  mkdirSync('content/docs/prometheus/3.5', { recursive: true });
  writeFileSync('content/docs/prometheus/3.5/index.md', '---\ntitle: Docs\n---\n');
});
afterAll(() => {
  process.chdir(home);
  rmSync(scratch, { recursive: true, force: true });
});

it('the stamp covers every file of the site sync-docs imports', async () => {
  const { metafile } = await build({
    absWorkingDir: home,
    entryPoints: ['scripts/build/sync-docs.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const files = Object.keys(metafile.inputs);
  expect(files).toContain('lib/content/upstream-files.ts');
  expect(files.filter((file) => !SYNC_INPUTS.some((entry) => file === entry || file.startsWith(`${entry}/`)))).toEqual([]);
});

it('a sync is current until its settings, its inputs or what it wrote change', () => {
  const outputs = ['content/docs/prometheus'];
  expect(syncIsCurrent('offline', outputs)).toBe(false);
  rememberSync('offline', outputs);
  expect(syncIsCurrent('offline', outputs)).toBe(true);
  expect(syncIsCurrent('online', outputs)).toBe(false);

  writeFileSync('upstream/docs.lock.json', '{"prometheus":{}}');
  expect(syncIsCurrent('offline', outputs)).toBe(false);
  rememberSync('offline', outputs);

  // An edit of a written file that keeps its size shows in its time.
  utimesSync('content/docs/prometheus/3.5/index.md', new Date(), new Date(Date.now() + 5000));
  expect(syncIsCurrent('offline', outputs)).toBe(false);
  rememberSync('offline', outputs);

  rmSync('content/docs/prometheus/3.5/index.md');
  expect(syncIsCurrent('offline', outputs)).toBe(false);
});
