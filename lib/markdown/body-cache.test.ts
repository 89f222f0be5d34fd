import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { ProcessedBody } from './pipeline';

const home = process.cwd();
const scratch = mkdtempSync(path.join(tmpdir(), 'body-cache-'));
// The cache sits under the working folder when the module loads: a scratch one, not the site's. Test
// files share loaded modules (isolate: false), so this file loads its own, and the files after it theirs.
beforeAll(() => {
  process.chdir(scratch);
  vi.resetModules();
});
afterAll(() => {
  process.chdir(home);
  vi.resetModules();
  rmSync(scratch, { recursive: true, force: true });
});

it("the cache's key covers every file of the site the pipeline imports", async () => {
  const { INPUTS } = await import('./body-cache');
  const { metafile } = await build({
    absWorkingDir: home,
    entryPoints: ['lib/markdown/pipeline.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const files = Object.keys(metafile.inputs);
  expect(files).toContain('lib/markdown/shiki.ts');
  expect(files.filter((file) => !INPUTS.some((entry) => file === entry || file.startsWith(`${entry}/`)))).toEqual([]);
});

it("a stored body's check part is read back without its tree, and only for the same body and path", async () => {
  const { cachedBody, cachedCheck, storeBody } = await import('./body-cache');
  const input = { raw: '## Hello\n\n[x](/nowhere/)\n', format: 'md' as const, sourceFilePath: 'docs/a.md' };
  const body: ProcessedBody = {
    tree: { type: 'root', children: [] },
    toc: [],
    problems: [{ reason: 'a problem', line: 3, column: 1 }],
    warnings: [{ reason: 'a warning' }],
    links: [{ href: '/nowhere/', line: 3, column: 1 }],
    ids: [{ id: 'hello', line: 1, column: 1 }],
    excerpt: null,
    text: 'Hello',
  };
  expect(cachedCheck(input)).toBeUndefined();
  storeBody(cachedBody(input).key, body);
  expect(cachedCheck(input)).toEqual({ problems: body.problems, warnings: body.warnings, links: body.links, ids: body.ids });
  expect(cachedBody(input).value).toEqual(body);
  expect(cachedCheck({ ...input, raw: `${input.raw} ` })).toBeUndefined();
  expect(cachedCheck({ ...input, sourceFilePath: 'docs/b.md' })).toBeUndefined();
});
