// `npm run bench:real`: the site built on the real prometheus.io content, never committed here.
// A copy of the site gets prometheus/docs's `docs/` and `blog/posts/` in content/, the server and
// Alertmanager docs synced at the locked commits, then is checked and built step by step.
// Writes pages built, warnings and errors by kind, build time and peak memory into
// bench/results.md. Needs local mirrors (git directories) of the three repositories:
//   REAL_DOCS=… REAL_PROMETHEUS=… REAL_ALERTMANAGER=… npm run bench:real
// REAL_KEEP=1 keeps the built copy in .fixture-builds/real-content, to time single steps again.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { prepareFixtureDir } from '../../e2e/fixture-build';
import { siteConfig } from '../../site.config';
import { buildTables, buildTotal, timed, timedBuildSteps } from './bench-build';
import { lighthouseMobile } from './lighthouse';
import { promqlMarkdown, promqlSources } from './promql-bench';
import { QUERY_SETS } from './search-queries';
import { relevanceMarkdown, relevanceOfSite } from './search-relevance';

const mirrors = { docs: process.env.REAL_DOCS, prometheus: process.env.REAL_PROMETHEUS, alerting: process.env.REAL_ALERTMANAGER };
if (!mirrors.docs || !mirrors.prometheus || !mirrors.alerting) {
  console.error(
    'Set REAL_DOCS, REAL_PROMETHEUS and REAL_ALERTMANAGER to git clones (bare is fine) of prometheus/docs, prometheus/prometheus and prometheus/alertmanager.',
  );
  process.exit(1);
}

/** A link's target in an error message, and the line without that link (its text stays). */
const unlink = (line: string, message: string) => {
  const href = /^Link to (\S+?):/.exec(message)?.[1] ?? '';
  const [address, hash] = href.split('#') as [string, string?];
  const target = address.replace(/\/$/, '');
  const broken = (url: string) => (hash !== undefined && url === `#${hash}`) || url.includes(target) || decodeURI(url).includes(target);
  return line
    .replace(/\[([^\]]*)\]\(([^)\s]*)[^)]*\)/g, (all, text: string, url: string) => (broken(url) ? text : all))
    .replace(new RegExp(`\\s*href="[^"]*${target.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}[^"]*"`, 'g'), '');
};
/** The fence of the ```promql block holding line `index`, made a ```text one; the line itself is unchanged. */
function relabelAsText(line: string, _message: string, lines: string[], index: number): string {
  for (let at = index - 1; at >= 0; at--) {
    if (/^\s*```promql\s*$/.test(lines[at])) {
      lines[at] = lines[at].replace('```promql', '```text');
      break;
    }
  }
  return line;
}

/** Error kinds and the edit that clears one (null deletes the line), for timing the build. */
const FIXES: [RegExp, (line: string, message: string, lines: string[], index: number) => string | null, string][] = [
  [/^<script src="…\/widgets\.js">/, () => null, 'deleted Twitter’s widget script line'],
  [
    /^An image without alt text/,
    (line) => line.replace(/!\[\]\(/g, '![Image](').replace(/<img(?![^>]*\balt=)/g, '<img alt="Image"'),
    'added alt text',
  ],
  [/^An iframe without a title/, (line) => line.replace(/<iframe(?![^>]*\btitle=)/g, '<iframe title="Video"'), 'added an iframe title'],
  [/^A heading of level 1/, (line) => line.replace(/^# /, '## ').replace(/<(\/?)h1\b/g, '<$1h2'), 'made an h1 an h2'],
  [
    /^The class value "([^"]+)"/,
    (line, message) => line.replace(` class="${/^The class value "([^"]+)"/.exec(message)?.[1]}"`, ''),
    'removed an unknown class',
  ],
  [/^created_at \(/, () => null, 'deleted a created_at that disagreed with the file name'],
  [/^Link to /, unlink, 'unlinked a broken link'],
  [/^Redirect from /, () => null, 'deleted a redirect that conflicts with a page'],
  [/^PromQL syntax error/, relabelAsText, 'marked a ```promql block that is not an expression (a signature) as text'],
];

/**
 * What issue 17 sets targets for, on the built copy: a rebuild after one changed file, `npm run
 * check` cold and warm, and Lighthouse mobile on the real configuration reference.
 */
function measureTargets(dir: string, env: Record<string, string>): string {
  const edited = path.join(dir, 'content/docs/introduction/overview.md');
  writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nOne more sentence, as an edit would add.\n`);
  const rebuild = buildTotal(timedBuildSteps(dir, env));
  const page = '/docs/prometheus/latest/configuration/configuration/';
  const score = lighthouseMobile(path.join(dir, 'out'), page);
  rmSync(path.join(dir, 'node_modules/.cache/bodies'), { recursive: true, force: true });
  const checkCold = timed(['npm', 'run', 'check'], dir, env);
  const checkWarm = timed(['npm', 'run', 'check'], dir, env);
  // The dev loop in the same copy, caches as the check left them: start to first page, and save → page updated.
  const dev = spawnSync('npx', ['tsx', 'scripts/bench/dev-reload-bench.ts', '3', 'hmr'], {
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
    env: { ...process.env, ...env, DEV_BENCH_DIR: dir },
  });
  const devReady = /ready \(first page compiled\) in (\d+) s/.exec(dev.stdout)?.[1];
  const devSave = /\| by itself \(HMR, no reload\) \| [^|]+ \| (\d+) ms \| (\d+) ms/.exec(dev.stdout);
  return [
    '| measure | target | measured |',
    '|---|---|---|',
    `| rebuild after changing one file | ≤ 20 s | ${rebuild ? `${rebuild.seconds.toFixed(0)} s, peak ${rebuild.peakMiB.toFixed(0)} MiB` : 'failed'} |`,
    `| \`npm run check\`, cold (no body cache) | ≤ 10 s | ${checkCold.seconds.toFixed(1)} s |`,
    `| \`npm run check\`, warm | ≤ 3 s | ${checkWarm.seconds.toFixed(1)} s |`,
    `| \`npm run dev\`: start → first page served | ≤ 10 s | ${devReady ? `${devReady} s` : 'failed'} |`,
    `| \`npm run dev\`: save → page updated | ≤ 500 ms | ${devSave ? `${devSave[1]} ms median of 3, max ${devSave[2]} ms` : 'failed'} |`,
    `| Lighthouse mobile, \`${page}\` | ≥ 98 | ${score.performance} (CLS ${score.cls}, TBT ${score.tbt}, ${score.domSize} DOM elements, ${score.htmlKiB} KiB of HTML) |`,
  ].join('\n');
}

const fixture = prepareFixtureDir('real-content', {});
const cache = mkdtempSync(path.join(tmpdir(), 'docs-sources-'));
const env = {
  DOCS_SOURCES: JSON.stringify({ prometheus: mirrors.prometheus, alerting: mirrors.alerting }),
  DOCS_SOURCES_CACHE: cache,
  DOCS_FALLBACK: '',
  DOWNLOADS_SNAPSHOT: '1',
};
try {
  // prometheus.io's own docs and posts replace ours; the synced sections are the sync's.
  const content = path.join(fixture.dir, 'content');
  const synced: ReadonlySet<string> = new Set(siteConfig.docsSources.map((s) => s.section));
  for (const entry of readdirSync(path.join(content, 'docs')))
    if (!synced.has(entry)) rmSync(path.join(content, 'docs', entry), { recursive: true, force: true });
  rmSync(path.join(content, 'blog'), { recursive: true, force: true });
  // Only the Markdown trees: a mirror may lack large media blobs, which these do not need.
  const archive = (tree: string, strip: number, into: string) =>
    execFileSync('sh', [
      '-c',
      `git --git-dir="${mirrors.docs}" archive HEAD ${tree} 2>/dev/null | tar -x --strip-components=${strip} -C "${into}"`,
    ]);
  archive('docs', 0, content);
  mkdirSync(path.join(content, 'blog'), { recursive: true });
  archive('blog/posts', 2, path.join(content, 'blog'));
  // Their images: posts link /assets/blog/…; a mirror may lack some large blobs, which are skipped.
  const assets = execFileSync('git', ['--git-dir', mirrors.docs, 'ls-tree', '-r', '--name-only', 'HEAD', 'public/assets'], {
    encoding: 'utf8',
  })
    .split('\n')
    .filter(Boolean);
  for (const asset of assets) {
    try {
      const data = execFileSync('git', ['--git-dir', mirrors.docs, 'show', `HEAD:${asset}`], {
        maxBuffer: 64 * 2 ** 20,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      mkdirSync(path.dirname(path.join(fixture.dir, asset)), { recursive: true });
      writeFileSync(path.join(fixture.dir, asset), data);
    } catch {
      // Not in the mirror.
    }
  }
  const commit = execFileSync('git', ['--git-dir', mirrors.docs, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();

  const run = (args: string[]) =>
    spawnSync('npx', args, {
      cwd: fixture.dir,
      encoding: 'utf8',
      maxBuffer: 256 * 2 ** 20,
      env: { ...process.env, ...env, FORCE_COLOR: '0' },
    });
  const sync = run(['tsx', 'scripts/build/sync-docs.ts']);
  const check = run(['tsx', 'scripts/build/content.ts']);
  const output = `${sync.stdout}${check.stdout}\n${check.stderr}`;

  // The full report quotes upstream text: it stays outside the repository.
  const log = path.join(tmpdir(), 'real-content-check.txt');
  writeFileSync(log, output);
  /** A message without its particulars (paths, quotes, numbers), so that messages group by kind. */
  const kind = (message: string) =>
    message
      .replace(/<(\/?[a-z][a-z0-9-]*)[^>]*>/gi, '<$1>')
      .replace(/"[^"]*"|`[^`]*`/g, '…')
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
  const errors = output
    .split('\n')
    .flatMap((line) => (/^content\/\S+:\d+:\d+ {2}(.*)$/.exec(line)?.[1] ? [line.replace(/^\S+ {2}/, '')] : []));

  // PromQL in the sources as upstream wrote them, before the edits below (issue 20).
  const promqlBefore = await promqlSources(fixture.dir);

  // Files with errors fail the build, as they should. To time the build anyway, each error gets
  // the edit a maintainer would make (FIXES), and the check runs again, a few rounds at most.
  const edits = new Map<string, number>();
  let recheck = check;
  for (let round = 0; round < 4 && recheck.status !== 0; round++) {
    for (const line of `${recheck.stdout}\n${recheck.stderr}`.split('\n')) {
      const match = /^content\/(\S+):(\d+):\d+ {2}(.*)$/.exec(line);
      const fix = match && FIXES.find(([pattern]) => pattern.test(match[3]));
      if (!match || !fix) continue;
      const file = path.join(content, match[1]);
      const lines = readFileSync(file, 'utf8').split('\n');
      const index = Number(match[2]) - 1;
      const before = lines.join('\n');
      let fixed = fix[1](lines[index] ?? '', match[3], lines, index);
      // A link whose text runs over lines ends on a later one: drop its target there.
      for (let next = index + 1; fixed === lines[index] && fix[1] === unlink && next < Math.min(lines.length, index + 4); next++) {
        const later = lines[next].replace(/^([^[]*?)\]\([^)]*\)/, '$1');
        if (later !== lines[next]) [lines[next], fixed] = [later, lines[index].replace(/\[(?!.*\])/, '')];
      }
      if (fixed === lines[index] && lines.join('\n') === before) continue;
      if (fixed === null) lines.splice(index, 1, '');
      else lines[index] = fixed;
      writeFileSync(file, lines.join('\n'));
      edits.set(fix[2], (edits.get(fix[2]) ?? 0) + 1);
    }
    recheck = run(['tsx', 'scripts/build/content.ts']);
  }
  writeFileSync(path.join(tmpdir(), 'real-content-recheck.txt'), `${recheck.stdout}\n${recheck.stderr}`);
  // Cold: no body cache, no card cache, no Next cache; the docs sources are already cloned.
  for (const cacheDir of ['node_modules/.cache/bodies', 'node_modules/.cache/og-cards', '.next'])
    rmSync(path.join(fixture.dir, cacheDir), { recursive: true, force: true });
  const steps = recheck.status === 0 ? timedBuildSteps(fixture.dir, env) : [];
  const total = steps.length ? buildTotal(steps) : undefined;
  const targets = total ? measureTargets(fixture.dir, env) : undefined;
  // Search on the real docs (issue 19): relevance of the real query set, and what a query costs.
  const search = total
    ? [
        relevanceMarkdown(await relevanceOfSite(fixture.outDir, QUERY_SETS.real)),
        execFileSync('npx', ['tsx', 'scripts/bench/search-bench.ts'], {
          encoding: 'utf8',
          env: { ...process.env, OUT_DIR: fixture.outDir },
        }).trim(),
      ].join('\n\n')
    : undefined;
  // PromQL and configuration examples on the real docs (issue 20).
  const promql = total ? await promqlMarkdown(fixture.dir, promqlBefore) : undefined;
  const pages = total ? execFileSync('sh', ['-c', `find "${fixture.outDir}" -name index.html | wc -l`], { encoding: 'utf8' }).trim() : '0';
  const sources =
    readdirSync(path.join(content, 'docs'), { recursive: true }).filter((f) => /\.mdx?$/.test(String(f))).length +
    readdirSync(path.join(content, 'blog')).length;

  const table = (rows: [string, number][]) =>
    rows.length ? ['| kind | count |', '|---|---|', ...rows.map(([k, n]) => `| ${k.replace(/\|/g, '\\|')} | ${n} |`)].join('\n') : 'None.';
  const section = [
    '## Real prometheus.io content',
    '',
    `prometheus/docs at ${commit} (its \`docs/\` and \`blog/posts/\` in content/), with the server and Alertmanager docs synced at the locked tags (${sync.stdout.trim().split('\n').join(' ')}). \`npm run bench:real\`.`,
    '',
    `- Source files: ${sources} Markdown files; pages built: ${pages} (${total ? `build ${total.seconds.toFixed(0)} s, peak ${total.peakMiB.toFixed(0)} MiB for the largest process` : 'the build did not run: the check still failed after those edits'}).`,
    `- Errors: ${errors.length}, each with file, line and what to change (below). To time the build anyway, the bench made the edits a maintainer would: ${[...edits].map(([what, n]) => `${what} ×${n}`).join(', ') || 'none'}. Warnings: ${warnings.length}.`,
    '',
    '### Errors by kind',
    '',
    table(tally(errors)),
    '',
    '### Warnings by kind',
    '',
    table(tally(warnings)),
    ...(targets ? ['', '### Targets (issue 17)', '', targets] : []),
    ...(search ? ['', '### Search (issue 19)', '', search] : []),
    ...(promql ? ['', '### PromQL and configuration examples (issue 20)', '', promql] : []),
    ...(total ? ['', '### Build steps (cold)', '', buildTables([{ label: 'real content', steps }])] : []),
  ].join('\n');
  const results = 'bench/results.md';
  const before = existsSync(results) ? readFileSync(results, 'utf8') : '# Benchmarks\n';
  const start = before.indexOf('## Real prometheus.io content');
  const rest = start === -1 ? '' : before.slice(start).replace(/^## Real prometheus\.io content[\s\S]*?(?=\n## |$)/, '');
  writeFileSync(results, `${(start === -1 ? before : before.slice(0, start)).trimEnd()}\n\n${section}\n${rest}`);
  console.log(`${section}\n\nThe check's full output: ${log}`);
} finally {
  if (!process.env.REAL_KEEP) fixture.cleanup();
  rmSync(cache, { recursive: true, force: true });
}
