// The content check on hostile files, for `npm run bench`: each case is added alone to a copy of
// the site and `npm run check` (or `npm run content`, for a link) is timed under GNU time, with
// its peak memory, the time the limits take on that file alone, and the first problem it
// reports. Prints a Markdown table.
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { prepareFixtureDir } from '../../e2e/fixture-build';
import { CONTENT_LIMITS, scanLimits } from '../../lib/content/limits';

/** Milliseconds the limits take on the case's own files: a stat over the size limit, else a scan. */
function scanMilliseconds(docs: string): number {
  const started = performance.now();
  for (const name of readdirSync(docs)) {
    const file = path.join(docs, name);
    const stats = lstatSync(file);
    if (stats.isFile() && stats.size <= CONTENT_LIMITS.fileBytes) scanLimits(readFileSync(file, 'utf8'));
  }
  return performance.now() - started;
}

type Case = { label: string; command?: string; make?: (docs: string) => void };

const page = (title: string, body: string) => `---\ntitle: ${title}\n---\n\n${body}\n`;
const nestedLists = (levels: number) => Array.from({ length: levels }, (_, i) => `${' '.repeat(2 * i)}- level ${i + 1}`).join('\n');

const CASES: Case[] = [
  { label: 'the site’s own content (baseline)' },
  {
    label: 'a 20 MB file',
    make: (docs) => writeFileSync(path.join(docs, 'huge.md'), page('Huge', 'All work and no play. '.repeat((20 * 2 ** 20) / 22))),
  },
  {
    label: '10,000 nested list items on one line',
    make: (docs) => writeFileSync(path.join(docs, 'items.md'), page('Items', `${'- '.repeat(10_000)}x`)),
  },
  {
    label: '2,000 nested indented lists (4 MB)',
    make: (docs) => writeFileSync(path.join(docs, 'lists.md'), page('Lists', nestedLists(2000))),
  },
  {
    label: '900 nested indented lists (0.8 MB)',
    make: (docs) => writeFileSync(path.join(docs, 'lists.md'), page('Lists', nestedLists(900))),
  },
  {
    label: '10,000 nested blockquotes',
    make: (docs) => writeFileSync(path.join(docs, 'quotes.md'), page('Quotes', `${'>'.repeat(10_000)} x`)),
  },
  {
    label: '10,000 nested `<div>`s',
    make: (docs) => writeFileSync(path.join(docs, 'divs.md'), page('Divs', `${'<div>'.repeat(10_000)}x${'</div>'.repeat(10_000)}`)),
  },
  { label: 'a 100 KB title', make: (docs) => writeFileSync(path.join(docs, 'title.md'), page('T'.repeat(100_000), 'Text.')) },
  {
    label: '10,000 lists between paragraphs (110 KB; parse time grows with the square)',
    make: (docs) => writeFileSync(path.join(docs, 'slow.md'), page('Slow', 'para\n\n- a\n\n'.repeat(10_000))),
  },
  {
    label: 'a link to / (`npm run content`)',
    command: 'scripts/build/content.ts',
    make: (docs) => symlinkSync('/', path.join(docs, 'everything')),
  },
];

const rows = [
  '| hostile input | `npm run check` wall time | peak memory | exit | limits on that file | first problem reported |',
  '|---|---|---|---|---|---|',
];
const fixture = prepareFixtureDir('hostile-bench', {});
const docs = path.join(fixture.dir, 'content/docs/hostile');
try {
  for (const { label, command = 'scripts/build/check.ts', make } of CASES) {
    rmSync(docs, { recursive: true, force: true });
    mkdirSync(docs, { recursive: true });
    make?.(docs);
    const scan = scanMilliseconds(docs);
    const result = spawnSync('/usr/bin/time', ['-f', '%e %M', 'npx', 'tsx', command], {
      cwd: fixture.dir,
      encoding: 'utf8',
      maxBuffer: 64 * 2 ** 20,
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    const [seconds, kib] = result.stderr.trim().split('\n').at(-1)?.split(' ').map(Number) ?? [NaN, NaN];
    const first = /^content\/\S+:\d+:\d+ {2}(.*)$/m.exec(result.stderr)?.[1] ?? '—';
    const shown = first.length > 90 ? `${first.slice(0, 90)}…` : first;
    rows.push(
      `| ${label} | ${seconds.toFixed(1)} s | ${(kib / 1024).toFixed(0)} MiB | ${result.status} | ${make ? `${scan.toFixed(0)} ms` : '—'} | ${shown.replace(/\|/g, '\\|')} |`,
    );
    console.error(rows.at(-1));
  }
} finally {
  fixture.cleanup();
}
console.log(rows.join('\n'));
