import { spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { test as base } from '@playwright/test';
import { createStaticServer } from '../scripts/dev/serve.mjs';
import type { SiteConfig } from '../site.config';
import { BUILDS, prepareFixtureDir, ROOT, runInCopy } from './fixture-build';
import { createUpstreamRepositories } from './upstream-repos';

/**
 * One copy of the site holding every fixture the build-reading tests need, built once per
 * Playwright run: started in the background by the global setup, while the tests of the main
 * build run; a worker that needs it first waits for it (or builds it, if that process died).
 */
const NAME = 'e2e-shared';
const RESULT = path.join(BUILDS, `${NAME}.json`);
const LOCK = path.join(BUILDS, `${NAME}.lock`);

/** `content/`-relative path → file in e2e/fixtures/. */
const FIXTURES: Record<string, string> = {
  'docs/fixtures/markdown-compat.md': 'markdown-compat.md',
  'docs/fixtures/spec-authors.md': 'doc-authors.md',
  'docs/attacks/inert.md': '../attacks/inert.md',
  'docs/attacks/inert-mdx.mdx': '../attacks/inert.mdx',
  'blog/2026-01-05-draft-fixture.md': 'draft-post.md',
  'blog/2021-02-18-introducing-the-@-modifier.md': 'at-modifier-post.md',
  'blog/2026-01-12-a-post-without-tags.md': 'untagged-post.md',
  // The download page must agree with the synced latest version (3.1), as it would after a real sync.
  'downloads/prometheus.yaml': 'downloads-prometheus-3.1.yaml',
};

/** The branch the build is a preview of: it is built as a pull request's preview deploy. */
export const PREVIEW_BRANCH = 'fix-typos';

/** Generated docs pages: two sections of 25, so that the fixture build has more docs pages than the site. */
export const GENERATED_PAGES = 50;

/** The day the build is made for (SITE_BUILD_DATE), whatever day the tests run. */
const BUILD_DAY = '2027-02-01';

/** The build's announcement, in place of the site's: a window around BUILD_DAY, so it shows whatever the site configures. */
export const FIXTURE_ANNOUNCEMENT: NonNullable<SiteConfig['announcement']> = {
  id: 'e2e-fixture',
  text: 'A fixture announcement for wide screens. [Read the fixture notes](https://example.org/fixture-notes).',
  short: 'A fixture announcement for phones. [Notes](https://example.org/fixture-notes).',
  start: '2027-01-25',
  end: '2027-02-07',
};

type Result = {
  dir: string;
  outDir: string;
  /** The step that failed, if one did. */
  failed?: string;
  /** What the build printed (or the failed step). */
  output: string;
  /** Tag → commit of the local prometheus repository the docs were synced from. */
  serverCommits: Record<string, string>;
  /** The sitemap's URLs had the same content been built for production (a preview's sitemap is empty). */
  productionSitemap: string[];
};

export type SharedBuild = Result & { origin: string };

/**
 * The site with its blog replaced by fixture posts (untagged, an @ in a slug, a draft), fixture and
 * attack pages in the docs, generated pages, docs synced from local tagged repositories, built as
 * a preview deploy of PREVIEW_BRANCH on BUILD_DAY, inside the window of FIXTURE_ANNOUNCEMENT.
 */
function build(): Result {
  const upstream = createUpstreamRepositories();
  try {
    const fixture = prepareFixtureDir(NAME, FIXTURES, { remove: ['blog'], generatedPages: GENERATED_PAGES });
    appendFileSync(
      path.join(fixture.dir, 'site.config.ts'),
      `\n// e2e/shared-build.ts: this build's announcement is a fixture.\nObject.assign(siteConfig, { announcement: ${JSON.stringify(FIXTURE_ANNOUNCEMENT)} });\n`,
    );
    const result = {
      dir: fixture.dir,
      outDir: fixture.outDir,
      serverCommits: Object.fromEntries(upstream.serverCommits),
      productionSitemap: [],
    };
    // `npm test` builds from the committed fallback; this build syncs, with the committed download data.
    // It builds beside the tests, so a body may take longer than the check's 20 s budget for one file; the budget is tested in scripts/build/check.test.ts.
    const env = {
      ...upstream.env,
      DOCS_FALLBACK: '',
      DOWNLOADS_SNAPSHOT: '1',
      SITE_BUILD_DATE: BUILD_DAY,
      CHECK_COMPILE_BUDGET_SECONDS: '120',
    };
    const update = runInCopy(fixture.dir, env, 'npx', 'tsx', 'scripts/build/sync-docs.ts', '--update');
    if (update.status !== 0) return { ...result, failed: 'npx tsx scripts/build/sync-docs.ts --update', output: update.output };
    // A preview, so that one build serves the preview tests too: the only other build of a run is the main one.
    const built = runInCopy(fixture.dir, { ...env, VERCEL_ENV: 'preview', VERCEL_GIT_COMMIT_REF: PREVIEW_BRANCH }, 'npm', 'run', 'build');
    if (built.status !== 0) return { ...result, failed: 'npm run build', output: built.output };
    // The build's own sitemap route, run on the built collections as production would run it.
    const sitemap = runInCopy(
      fixture.dir,
      { VERCEL_ENV: 'production' },
      'npx',
      'tsx',
      '--tsconfig',
      'scripts/tsconfig.json',
      'e2e/production-sitemap.ts',
    );
    if (sitemap.status !== 0) return { ...result, failed: 'npx tsx e2e/production-sitemap.ts', output: sitemap.output };
    return { ...result, output: built.output, productionSitemap: JSON.parse(sitemap.stdout) as string[] };
  } finally {
    upstream.cleanup();
  }
}

/** The build, or what stopped it before it could start, so that no other worker tries again. */
function buildOrFailure(): Result {
  try {
    return build();
  } catch (error) {
    return {
      dir: path.join(BUILDS, NAME),
      outDir: '',
      failed: 'preparing the copy',
      output: String(error instanceof Error ? error.stack : error),
      serverCommits: {},
      productionSitemap: [],
    };
  }
}

/** A file's text, or undefined while it does not exist. */
function readIfThere(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

const readResult = () => {
  const text = readIfThere(RESULT);
  return text === undefined ? undefined : (JSON.parse(text) as Result);
};

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the build lock, or clears it when the worker holding it died without a result. */
function takeLock(): boolean {
  mkdirSync(BUILDS, { recursive: true });
  try {
    writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  // Empty while its holder has not written its pid yet.
  const holder = Number(readIfThere(LOCK) ?? '');
  if (holder && !alive(holder)) rmSync(LOCK, { force: true });
  return false;
}

/** Builds, records the result for the other processes and releases the lock, which the caller holds. */
export function buildAndRelease(): Result {
  try {
    const result = readResult() ?? buildOrFailure();
    // Written whole, then renamed, so that a waiting worker never reads half a file.
    writeFileSync(`${RESULT}.tmp`, JSON.stringify(result));
    renameSync(`${RESULT}.tmp`, RESULT);
    return result;
  } finally {
    rmSync(LOCK, { force: true });
  }
}

/** This run's shared build: awaited while another process builds it, else built here. */
async function sharedResult(): Promise<Result> {
  for (;;) {
    const done = readResult();
    if (done) return done;
    if (takeLock()) return buildAndRelease();
    await sleep(1000);
  }
}

/** Called by the global setup: a new run starts without an earlier run's build. */
export function forgetSharedBuild() {
  for (const file of [RESULT, LOCK, path.join(BUILDS, NAME)]) rmSync(file, { recursive: true, force: true });
}

/** Set by scripts/dev/test.ts for the steps it runs once it has started the build itself. */
export const SHARED_BUILD_STARTED = 'E2E_SHARED_BUILD_STARTED';

/**
 * Called by the global setup (or by scripts/dev/test.ts, earlier): builds in a background process (e2e/build-shared.ts) while the tests
 * of the main build run. The lock names that process from the start, so no worker builds too;
 * returns a stop function.
 */
export function startSharedBuild(): () => void {
  forgetSharedBuild();
  mkdirSync(BUILDS, { recursive: true });
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  // A process group of its own, so that stopping it stops the build it runs.
  const child = spawn(process.execPath, [tsx, path.join(ROOT, 'e2e/build-shared.ts')], { cwd: ROOT, stdio: 'ignore', detached: true });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${process.execPath} did not start`);
  writeFileSync(LOCK, String(pid));
  return () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-pid, 'SIGTERM');
    forgetSharedBuild();
  };
}

/** Playwright's `test` with `shared`: the shared fixture build, served on a port of its own in each worker. */
export const test = base.extend<object, { shared: SharedBuild }>({
  shared: [
    async ({}, use) => {
      const result = await sharedResult();
      if (result.failed) throw new Error(`The shared fixture build (${result.dir}) failed at ${result.failed}:\n${result.output}`);
      const server = createStaticServer(result.outDir).listen(0, '127.0.0.1');
      await new Promise((resolve) => server.once('listening', resolve));
      await use({ ...result, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
      server.close();
    },
    // Building takes one to three minutes, in the background from the start of the run.
    { scope: 'worker', timeout: 600_000 },
  ],
});

export { expect } from '@playwright/test';
