// `npm run bench:real`: the site built on the real prometheus.io content, never committed here.
// A copy of the site gets prometheus/docs's `docs/` and `blog/posts/` in content/, the server and
// Alertmanager docs synced at the locked commits, then is checked and built step by step.
// Writes pages built, warnings and errors by kind, build time and peak memory into
// bench/results.md. Needs local mirrors (git directories) of the three repositories:
//   REAL_DOCS=… REAL_PROMETHEUS=… REAL_ALERTMANAGER=… npm run bench:real
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { prepareFixtureDir } from '../e2e/fixture-build';
import { siteConfig } from '../site.config';
import { buildTables, buildTotal, timedBuildSteps } from './bench-build';

const mirrors = { docs: process.env.REAL_DOCS, prometheus: process.env.REAL_PROMETHEUS, alerting: process.env.REAL_ALERTMANAGER };
if (!mirrors.docs || !mirrors.prometheus || !mirrors.alerting) {
  console.error('Set REAL_DOCS, REAL_PROMETHEUS and REAL_ALERTMANAGER to git clones (bare is fine) of prometheus/docs, prometheus/prometheus and prometheus/alertmanager.');
  process.exit(1);
}

const fixture = prepareFixtureDir('real-content', {});
const cache = mkdtempSync(path.join(tmpdir(), 'docs-sources-'));
const env = { DOCS_SOURCES: JSON.stringify({ prometheus: mirrors.prometheus, alerting: mirrors.alerting }), DOCS_SOURCES_CACHE: cache, DOCS_FALLBACK: '', DOWNLOADS_SNAPSHOT: '1' };
try {
  // prometheus.io's own docs and posts replace ours; the synced sections are the sync's.
  const content = path.join(fixture.dir, 'content');
  const synced: ReadonlySet<string> = new Set(siteConfig.docsSources.map((s) => s.section));
  for (const entry of readdirSync(path.join(content, 'docs'))) if (!synced.has(entry)) rmSync(path.join(content, 'docs', entry), { recursive: true, force: true });
  rmSync(path.join(content, 'blog'), { recursive: true, force: true });
  // Only the Markdown trees: a mirror may lack large media blobs, which these do not need.
  const archive = (tree: string, strip: number, into: string) => execFileSync('sh', ['-c', `git --git-dir="${mirrors.docs}" archive HEAD ${tree} 2>/dev/null | tar -x --strip-components=${strip} -C "${into}"`]);
  archive('docs', 0, content);
  mkdirSync(path.join(content, 'blog'), { recursive: true });
  archive('blog/posts', 2, path.join(content, 'blog'));
  // Their images: posts link /assets/blog/…; a mirror may lack some large blobs, which are skipped.
  const assets = execFileSync('git', ['--git-dir', mirrors.docs, 'ls-tree', '-r', '--name-only', 'HEAD', 'public/assets'], { encoding: 'utf8' }).split('\n').filter(Boolean);
  for (const asset of assets) {
    try {
      const data = execFileSync('git', ['--git-dir', mirrors.docs, 'show', `HEAD:${asset}`], { maxBuffer: 64 * 2 ** 20, stdio: ['ignore', 'pipe', 'ignore'] });
      mkdirSync(path.dirname(path.join(fixture.dir, asset)), { recursive: true });
      writeFileSync(path.join(fixture.dir, asset), data);
    } catch {
      // Not in the mirror.
    }
  }
  const commit = execFileSync('git', ['--git-dir', mirrors.docs, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();

  const run = (args: string[]) => spawnSync('npx', args, { cwd: fixture.dir, encoding: 'utf8', maxBuffer: 256 * 2 ** 20, env: { ...process.env, ...env, FORCE_COLOR: '0' } });
  const sync = run(['tsx', 'scripts/sync-docs.ts']);
  const check = run(['tsx', 'scripts/content.ts']);
  const output = `${sync.stdout}${check.stdout}\n${check.stderr}`;

  // The full report quotes upstream text: it stays outside the repository.
  const log = path.join(tmpdir(), 'real-content-check.txt');
  writeFileSync(log, output);
  /** A message without its particulars (paths, quotes, numbers), so that messages group by kind. */
  const kind = (message: string) =>
    message
      .replace(/"[^"]*"|`[^`]*`|<[^>]*>/g, '…')
      .replace(/(https?:\/\/|\/)[^\s:;,)]*/g, '…')
      .replace(/\d+(\.\d+)*/g, 'N')
      .split(/[;(]|, e\.g\./)[0]
      .trim()
      .slice(0, 100);
  const tally = (lines: string[]) => {
    const counts = new Map<string, number>();
    for (const line of lines) counts.set(kind(line), (counts.get(kind(line)) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1]);
  };
  const warnings = output.split('\n').flatMap((line) => /^warning: \S+( \S+)?:\d+:\d+ {2}(.*)$/.exec(line)?.[2] ?? []);
  const errors = output.split('\n').flatMap((line) => (/^content\/\S+:\d+:\d+ {2}(.*)$/.exec(line)?.[1] ? [line.replace(/^\S+ {2}/, '')] : []));

  // Files with errors fail the build, as they should; to time the rest, they are left out.
  const failing = new Map<string, Set<number>>();
  for (const line of output.split('\n')) {
    const match = /^content\/(\S+):(\d+):\d+ {2}/.exec(line);
    if (match) failing.set(match[1], (failing.get(match[1]) ?? new Set()).add(Number(match[2])));
  }
  for (const [file, lines] of failing) {
    const target = path.join(content, file);
    // A redirect that conflicts with prometheus.io's pages loses its line, not the whole list.
    if (file === 'redirects.yaml') writeFileSync(target, readFileSync(target, 'utf8').split('\n').filter((_, i) => !lines.has(i + 1)).join('\n'));
    else rmSync(target, { force: true });
  }
  const recheck = failing.size ? run(['tsx', 'scripts/content.ts']) : check;
  const steps = recheck.status === 0 ? timedBuildSteps(fixture.dir, env) : [];
  const total = steps.length ? buildTotal(steps) : undefined;
  const pages = total ? execFileSync('sh', ['-c', `find "${fixture.outDir}" -name index.html | wc -l`], { encoding: 'utf8' }).trim() : '0';
  const sources = readdirSync(path.join(content, 'docs'), { recursive: true }).filter((f) => /\.mdx?$/.test(String(f))).length + readdirSync(path.join(content, 'blog')).length;

  const table = (rows: [string, number][]) => (rows.length ? ['| kind | count |', '|---|---|', ...rows.map(([k, n]) => `| ${k.replace(/\|/g, '\\|')} | ${n} |`)].join('\n') : 'None.');
  const section = [
    '## Real prometheus.io content',
    '',
    `prometheus/docs at ${commit} (its \`docs/\` and \`blog/posts/\` in content/), with the server and Alertmanager docs synced at the locked tags (${sync.stdout.trim().split('\n').join(' ')}). \`npm run bench:real\`.`,
    '',
    `- Source files: ${sources} Markdown files; pages built: ${pages} (${total ? `build ${total.seconds.toFixed(0)} s, peak ${total.peakMiB.toFixed(0)} MiB for the largest process` : 'the build did not run: the check still failed without the files with errors'}).`,
    `- Errors: ${errors.length}, in ${failing.size} files, which the build then left out (redirect lines only, for redirects.yaml). Warnings: ${warnings.length}.`,
    '',
    '### Errors by kind',
    '',
    table(tally(errors)),
    '',
    '### Warnings by kind',
    '',
    table(tally(warnings)),
    ...(total ? ['', '### Build steps', '', buildTables([{ label: 'real content', steps }])] : []),
  ].join('\n');
  const results = 'bench/results.md';
  const before = existsSync(results) ? readFileSync(results, 'utf8') : '# Benchmarks\n';
  const start = before.indexOf('## Real prometheus.io content');
  const rest = start === -1 ? '' : before.slice(start).replace(/^## Real prometheus\.io content[\s\S]*?(?=\n## |$)/, '');
  writeFileSync(results, `${(start === -1 ? before : before.slice(0, start)).trimEnd()}\n\n${section}\n${rest}`);
  console.log(`${section}\n\nThe check's full output: ${log}`);
} finally {
  fixture.cleanup();
  rmSync(cache, { recursive: true, force: true });
}
