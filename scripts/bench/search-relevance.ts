// Search relevance: types each query of a set into the search dialog of a built site, as a
// visitor would, and scores where the expected page (and section) comes: MRR@10, hits@1, hits@3.
// Usage: npm run build && npx tsx scripts/bench/search-relevance.ts [--set site|real] [--out DIR]
// (real: the real docs, built by scripts/bench/real-content-bench.ts with REAL_KEEP=1).
import type { AddressInfo } from 'node:net';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../e2e/browser';
import { createStaticServer } from '../dev/serve.mjs';
import { QUERY_SETS, type RelevanceQuery } from './search-queries';

/** Ranks past the last page the dialog lists count as misses. */
const DEPTH = 10;

export type QueryOutcome = RelevanceQuery & {
  /** 1-based place of the expected result among the pages listed, or null when it is not there. */
  rank: number | null;
  /** The same, counting the page even where it opens at another section than the one expected. */
  pageRank: number | null;
  /** The first hit of each of the first three pages listed. */
  top: string[];
};
export type RelevanceReport = { mrr: number; hits1: number; hits3: number; pageMrr: number; outcomes: QueryOutcome[] };

const pageOf = (url: string) => url.replace(/#.*$/, '');

/** The dialog's results for `query`, in order: each listed page as its hits' URLs. */
async function results(page: Page, query: string): Promise<string[][]> {
  await page.getByRole('combobox', { name: 'Search the site' }).fill(query);
  // lib/browser/search.ts marks the list with the query it shows.
  await page.waitForFunction((q) => document.getElementById('search-results')?.dataset.query === q, query.trim());
  return page
    .locator('#search-results [role="group"]')
    .evaluateAll((groups) =>
      groups.map((group) => [...group.querySelectorAll('[role="option"]')].map((hit) => hit.getAttribute('href') ?? '')),
    );
}

/**
 * Runs every query in the search dialog of `page` (opened on a built page) and scores the
 * results. A page that lists the expected page counts when its first hit is the expected URL,
 * section included: the result must open where the answer is.
 */
export async function measureRelevance(page: Page, queries: readonly RelevanceQuery[]): Promise<RelevanceReport> {
  await page.keyboard.press('Control+k');
  const outcomes: QueryOutcome[] = [];
  for (const item of queries) {
    const groups = (await results(page, item.query)).slice(0, DEPTH);
    const place = (match: (hits: string[]) => boolean) => {
      const index = groups.findIndex(match);
      return index === -1 ? null : index + 1;
    };
    outcomes.push({
      ...item,
      rank: place((hits) => hits[0] === item.expect || (!item.expect.includes('#') && pageOf(hits[0] ?? '') === item.expect)),
      pageRank: place((hits) => pageOf(hits[0] ?? '') === pageOf(item.expect)),
      top: groups.slice(0, 3).map((hits) => hits[0] ?? ''),
    });
  }
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1);
  return {
    mrr: mean(outcomes.map((o) => (o.rank ? 1 / o.rank : 0))),
    hits1: mean(outcomes.map((o) => (o.rank === 1 ? 1 : 0))),
    hits3: mean(outcomes.map((o) => (o.rank !== null && o.rank <= 3 ? 1 : 0))),
    pageMrr: mean(outcomes.map((o) => (o.pageRank ? 1 / o.pageRank : 0))),
    outcomes,
  };
}

/** The report as Markdown: the scores, then each query whose expected result is not first. */
export function relevanceMarkdown(report: RelevanceReport): string {
  const pct = (value: number) => `${(value * 100).toFixed(0)} %`;
  const lines = [
    `| queries | MRR@10 | first (hits@1) | top three (hits@3) | MRR@10, any section of the page |`,
    `|---|---|---|---|---|`,
    `| ${report.outcomes.length} | ${report.mrr.toFixed(3)} | ${pct(report.hits1)} | ${pct(report.hits3)} | ${report.pageMrr.toFixed(3)} |`,
  ];
  const misses = report.outcomes.filter((o) => o.rank !== 1);
  if (misses.length) {
    lines.push('', 'Not first:', '');
    for (const o of misses)
      lines.push(`- \`${o.query}\` → ${o.expect}: ${o.rank ? `#${o.rank}` : 'not listed'}; first: ${o.top[0] ?? 'nothing'}`);
  }
  return lines.join('\n');
}

/** Serves a built site (`outDir`) and measures `queries` in its search dialog, from /docs/. */
export async function relevanceOfSite(outDir: string, queries: readonly RelevanceQuery[]): Promise<RelevanceReport> {
  const server = createStaticServer(outDir).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/docs/`);
    return await measureRelevance(page, queries);
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string) => {
    const index = process.argv.indexOf(name);
    return index === -1 ? undefined : process.argv[index + 1];
  };
  const set = (arg('--set') ?? 'site') as keyof typeof QUERY_SETS;
  console.log(relevanceMarkdown(await relevanceOfSite(arg('--out') ?? 'out', QUERY_SETS[set])));
}
