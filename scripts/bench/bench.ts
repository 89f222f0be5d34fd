// `npm run bench`: the site's speed and weight figures, written to bench/results.md.
// Builds the site (timing it, with peak memory, per step), times the dev loop (save an .mdx
// file → change visible; BENCH_DEV=0 skips it), then measures page weight in Chromium,
// Lighthouse (mobile and desktop), search cost, a loopback load check and the content check on
// hostile files, and search relevance. Optional: BENCH_CORPORA=1000,5000 also times builds with that many generated
// docs pages added.
// Slow and machine-dependent on purpose: numbers for the README, never a test.
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { chromiumExecutable } from '../../e2e/browser';
import { buildTables, buildTotal, corpusBuild, timedBuildSteps } from './bench-build';
import { promqlMarkdown } from './promql-bench';
import { QUERY_SETS } from './search-queries';
import { relevanceMarkdown, relevanceOfSite } from './search-relevance';

const PAGES = ['/', '/docs/prometheus/latest/configuration/configuration/', '/blog/2025/07/28/prometheus-3-5-lts/', '/community/'];
const sections: string[] = [
  `# Benchmarks\n\nRun ${new Date().toISOString().slice(0, 16)}Z on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.`,
];

// Step by step (see bench-build.ts), so a slow build shows which step is slow.
const siteSteps = timedBuildSteps();
if (!buildTotal(siteSteps)) throw new Error('npm run build failed');
const corpora = [
  { label: `site content (${readFileSync('out/sitemap.xml', 'utf8').split('<url>').length - 1} sitemap pages)`, steps: siteSteps },
  ...(process.env.BENCH_CORPORA ?? '')
    .split(',')
    .filter(Boolean)
    .map(Number)
    .map((size) => ({ label: `site + ${size} generated pages`, steps: corpusBuild(size) })),
];
sections.push(`## Build\n\n${buildTables(corpora)}`);

const run = (script: string, args: string[] = []) => execFileSync('npx', ['tsx', script, ...args], { encoding: 'utf8' });
// About a minute (dev server start, then a dozen edits); BENCH_DEV=0 skips it.
if (process.env.BENCH_DEV !== '0') sections.push(`## Dev save → page update\n\n${run('scripts/bench/dev-reload-bench.ts').trim()}`);
sections.push(`## Page weight\n\n${run('scripts/bench/page-weight.ts', PAGES).trim()}`);
sections.push(`## PromQL and configuration examples\n\n${await promqlMarkdown('.')}`);

const chrome = chromiumExecutable();
if (chrome) {
  const rows = [
    '| page | form factor | performance | accessibility | best practices | SEO | LCP | CLS | TBT |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  const serve = (await import('../dev/serve.mjs')).createStaticServer().listen(4173, '127.0.0.1');
  for (const page of PAGES) {
    for (const preset of ['mobile', 'desktop'] as const) {
      const args = [
        `http://127.0.0.1:4173${page}`,
        `--chrome-path=${chrome}`,
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
        '--only-categories=performance,accessibility,best-practices,seo',
        '--output=json',
        '--output-path=bench/lighthouse.json',
        '--quiet',
        ...(preset === 'desktop' ? ['--preset=desktop'] : []),
      ];
      // Asynchronously: the static server runs in this process and must keep answering.
      await new Promise((resolve) => execFile('npx', ['lighthouse', ...args], resolve));
      const report = JSON.parse(readFileSync('bench/lighthouse.json', 'utf8')) as {
        categories: Partial<Record<string, { score: number }>>;
        audits: Partial<Record<string, { displayValue?: string }>>;
      };
      const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
      rows.push(
        `| \`${page}\` | ${preset} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${report.audits['largest-contentful-paint']?.displayValue} | ${report.audits['cumulative-layout-shift']?.displayValue} | ${report.audits['total-blocking-time']?.displayValue} |`,
      );
    }
  }
  serve.close();
  sections.push(`## Lighthouse\n\n${rows.join('\n')}`);
}

// Relevance of the site's own query set (scripts/bench/search-queries.ts), then what search costs.
const relevance = relevanceMarkdown(await relevanceOfSite('out', QUERY_SETS.site));
sections.push(`## Search\n\n${relevance}\n\n${run('scripts/bench/search-bench.ts').trim()}`);
sections.push(
  `## Hostile content\n\nEach case added alone to a copy of the site (scripts/bench/hostile-bench.ts); the check still checks every other file.\n\n${run('scripts/bench/hostile-bench.ts').trim()}`,
);
sections.push(`## Load check (loopback)\n\n${run('scripts/bench/load-check.ts', ['5000', '32']).trim()}`);
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.md', `${sections.join('\n\n')}\n`);
console.log(readFileSync('bench/results.md', 'utf8'));
