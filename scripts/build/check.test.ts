// `npm run check` on bad content: one copy of the site holds every fixture and the attack corpus,
// checked once (as in GitHub Actions, so both the editor's lines and the annotations are printed);
// each test reads what it needs from that one run. The build's first step is this check, so a file
// refused here fails the build.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addAttackCorpus, type Expected } from '../../e2e/attacks/corpus';
import { prepareFixtureDir } from '../../e2e/fixture-build';
import { visible } from '../../lib/check/report';

/** e2e/fixtures files, by where they go in content/. */
const FIXTURES: Record<string, string> = {
  'docs/fixtures/bad-field.md': 'bad-field.md',
  'docs/fixtures/broken.mdx': 'broken.mdx',
  'docs/fixtures/index.md': 'unknown-icon.md',
  'blog/2026-01-07-wrong-date.md': 'wrong-date-post.md',
  'docs/fixtures/many-problems.md': 'many-problems.md',
  'docs/fixtures/many-problems.mdx': 'broken.mdx',
  'docs/fixtures/promql-problems.md': 'promql-problems.md',
};

/** The attack corpus's parser-stalling file is stopped after this, not the check's default 20 s. */
const BUDGET_SECONDS = 5;

type Run = { status: number | null; stdout: string; stderr: string; ms: number };

function run(cwd: string, command: string, args: string[], env: Record<string, string>): Promise<Run> {
  const started = Date.now();
  const child = spawn(command, args, { cwd, env: { ...process.env, FORCE_COLOR: '0', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr, ms: Date.now() - started }));
  });
}

/** tsx's command line, wherever npm put the packages (a worktree's or a copy's are in a parent folder). */
const TSX = createRequire(import.meta.url).resolve('tsx/cli');
const cleanups: (() => void)[] = [];
let attacks: Expected[] = [];
let check: Run;
/** The problems the check printed for editors (not warnings), `content/file.md:LINE:COL  message`. */
let reported: string[] = [];
/** `scripts/build/content.ts` in a copy of the site whose only problem is a link to /. */
let content: Run;
/** Where contentlayer would have written its output in that copy. */
let contentlayerOutput = '';

beforeAll(async () => {
  const site = prepareFixtureDir(`check-test-${process.pid}`, FIXTURES);
  cleanups.push(site.cleanup);
  attacks = addAttackCorpus(path.join(site.dir, 'content'), BUDGET_SECONDS);
  const linked = prepareFixtureDir(`check-link-${process.pid}`, {});
  cleanups.push(linked.cleanup);
  mkdirSync(path.join(linked.dir, 'content/docs/attacks'), { recursive: true });
  symlinkSync('/', path.join(linked.dir, 'content/docs/attacks/everything'));
  contentlayerOutput = path.join(linked.dir, '.contentlayer');
  // `npm run check` syncs the docs first (precheck): the committed fallback, as the tests build.
  [check, content] = await Promise.all([
    run(site.dir, 'npm', ['run', 'check'], {
      DOCS_FALLBACK: '1',
      GITHUB_ACTIONS: 'true',
      CHECK_COMPILE_BUDGET_SECONDS: String(BUDGET_SECONDS),
    }),
    run(linked.dir, process.execPath, [TSX, 'scripts/build/content.ts'], {}),
  ]);
  reported = check.stderr.split('\n').filter((line) => /^content\/.+?:\d+:\d+ {2}/.test(line));
}, 300_000);

afterAll(() => {
  for (const cleanup of cleanups) cleanup();
});

/** Asserts that the check failed with exactly one problem line (not a warning) starting `content/<file>:LINE:COL  message`. */
function refused(line: string) {
  expect(check.status).toBe(1);
  expect(
    reported.filter((r) => r.startsWith(line)),
    `${line}\nin\n${reported.join('\n')}`,
  ).toHaveLength(1);
}

it('a misspelled frontmatter field fails the build with file, line and field', () => {
  refused('content/docs/fixtures/bad-field.md:3:1  Unknown field "sort-rank" for a Doc (did you mean "sort_rank"?)');
});

it('broken MDX fails the build with the file and its real line', () => {
  // Line 7 of the file: the frontmatter's four lines are counted.
  refused('content/docs/fixtures/broken.mdx:7:1  MDX syntax error: Expected a closing tag for `<Callout>`');
});

it('an unknown nav_icon fails the build with file, line and value', () => {
  refused('content/docs/fixtures/index.md:3:11  "nav_icon": "flsk" is not a @tabler/icons-react icon');
});

it('a post whose created_at disagrees with its file name fails the build', () => {
  refused('content/blog/2026-01-07-wrong-date.md:3:13  created_at (2026-01-06) does not match the date in the file name (2026-01-07)');
});

it('npm run check reports every problem of a file at once, as annotations in GitHub Actions', () => {
  const file = 'content/docs/fixtures/many-problems.md';
  for (const expected of [
    `${file}:1:1  Two files make the page /docs/fixtures/many-problems/`,
    `${file}:3:1  Unknown field "sort-rank" for a Doc (did you mean "sort_rank"?)`,
    `${file}:6:1  A heading of level 1`,
    `${file}:8:5  Link to /docs/concepts/nope/: no page or file in public/ has that path`,
    `${file}:8:44  Link to /docs/concepts/data_model/#nope: that page has no heading or element with id "nope"`,
    `${file}:9:5  Link to /docs/prometheus/2.53/otlp/: no page or file in public/ has that path`,
    `${file}:11:1  An image without alt text`,
    `${file}:13:1  The attribute onclick="steal()" on <a> is not allowed: content cannot run code`,
  ]) {
    refused(expected);
  }
  expect(
    check.stdout.split('\n').filter((line) => line.startsWith(`::error file=${file},line=6,col=1::A heading of level 1`)),
  ).toHaveLength(1);
});

it('a PromQL example that does not parse fails the build at its line and column, with what the parser stopped at', () => {
  const file = 'content/docs/fixtures/promql-problems.md';
  refused(`${file}:10:12  PromQL syntax error: "rat" is not a PromQL function or aggregation`);
  // Only the labelled block: a fence without a language is PromQL only when it parses.
  expect(reported.filter((line) => line.startsWith(file))).toHaveLength(1);
});

it('npm run check refuses every hostile file with its exact file, line and message, and nothing else', () => {
  expect(new Set(attacks.map((e) => e.file)).size, 'at least 50 hostile files').toBeGreaterThanOrEqual(50);
  expect(check.status).toBe(1);
  // The fixtures above are in the same copy: their files' problems are theirs to check.
  const fixtures = Object.keys(FIXTURES).map((target) => `content/${target}:`);
  const wanted = attacks.map((e) => `${visible(e.file)}:${e.line}:${e.column}  ${visible(e.message)}`);
  expect(reported.filter((line) => !fixtures.some((prefix) => line.startsWith(prefix))).toSorted()).toEqual(wanted.toSorted());
});

it('npm run content refuses a link to / before contentlayer starts, so nothing is read through it', async ({ annotate }) => {
  expect(content.status).toBe(1);
  expect(content.stderr).toContain(
    'content/docs/attacks/everything:1:1  A symbolic link: content/ holds only real files and folders (links are never followed)',
  );
  expect(existsSync(contentlayerOutput), 'contentlayer never ran').toBe(false);
  await annotate(`refused in ${content.ms} ms`);
});
