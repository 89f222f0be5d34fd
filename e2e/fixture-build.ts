import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, statSync, cpSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The site's own working tree, which fixture builds copy. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Inside the repository, so Node and Turbopack find node_modules by walking up. */
export const BUILDS = path.join(ROOT, '.fixture-builds');
const SKIP = new Set([
  'node_modules',
  '.next',
  'out',
  '.contentlayer',
  '.git',
  '.fixture-builds',
  'test-results',
  'playwright-report',
  'screenshots',
  'package-lock.json',
]);

type FixtureOptions = {
  generatedPages?: number;
  /** `content/`-relative paths deleted from the copy before fixtures are added, e.g. `blog` for a blog of fixtures only. */
  remove?: string[];
};

/**
 * Copies the site into .fixture-builds/<name>, without the content paths in `remove`, with extra
 * content files added (`content/`-relative path → fixture file) and, optionally, a generated
 * corpus; nothing is built yet.
 */
export function prepareFixtureDir(name: string, fixtures: Record<string, string>, options: FixtureOptions = {}) {
  const dir = path.join(BUILDS, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(ROOT)) {
    if (SKIP.has(entry)) continue;
    const source = path.join(ROOT, entry);
    cpSync(source, path.join(dir, entry), { recursive: statSync(source).isDirectory() });
  }
  for (const target of options.remove ?? []) rmSync(path.join(dir, 'content', target), { recursive: true, force: true });
  for (const [target, fixture] of Object.entries(fixtures)) {
    const destination = path.join(dir, 'content', target);
    mkdirSync(path.dirname(destination), { recursive: true });
    copyFileSync(path.join(ROOT, 'e2e', 'fixtures', fixture), destination);
  }
  if (options.generatedPages) {
    const generated = spawnSync('npx', ['tsx', 'scripts/bench/generate-corpus.ts', 'content', String(options.generatedPages)], {
      cwd: dir,
      encoding: 'utf8',
    });
    if (generated.status !== 0) throw new Error(generated.stderr);
  }
  return { dir, outDir: path.join(dir, 'out'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs a command in a copy of the site with extra environment variables, returning its exit code and what it printed. */
export function runInCopy(dir: string, env: Record<string, string>, command: string, ...args: string[]) {
  // A generated corpus prints more than spawnSync's default 1 MiB, which would kill the build.
  const result = spawnSync(command, args, {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 256 * 2 ** 20,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: `${result.stdout}\n${result.stderr}` };
}
