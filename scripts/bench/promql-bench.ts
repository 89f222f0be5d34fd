// PromQL and configuration examples (issue 20), in numbers: how many PromQL blocks the content
// has and how many parse, what the built site highlighted and linked, and what that work costs.
// `npx tsx scripts/bench/promql-bench.ts [SITE_DIR]`: a site copy with content/ synced and out/ built
// (default: this one). bench.ts and real-content-bench.ts put its table in bench/results.md.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/** Files under `dir` whose names match `pattern`, relative to it. */
const filesUnder = (dir: string, pattern: RegExp) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));

/** The PromQL in the sources, and the time the pipeline's PromQL and configuration steps take on it, run on their own. */
async function sourceNumbers() {
  // Imported here: they read content/ and lib/generated/ from the working directory, which inSite sets.
  const { highlightPromql, looksLikePromql, promqlSyntaxErrors } = await import('../../lib/markdown/promql');
  const { promqlLinks } = await import('../../lib/markdown/promql-links');
  const { configKeyLinks, configSchema } = await import('../../lib/markdown/config-links');
  const { referenceOf, referenceVersion } = await import('../../lib/markdown/reference');
  const { splitFrontmatter } = await import('../../lib/content/yaml');
  const { parseReferencePage } = await import('../../lib/markdown/reference');
  const { REFERENCE_PAGES } = await import('../../lib/markdown/reference-files');
  const counts = { labelled: 0, labelledParse: 0, detected: 0, unlabelled: 0, inline: 0, yaml: 0, problems: [] as string[] };
  // The reference pages of every version, parsed as the pipeline does once per build (then read from its cache).
  const versions = readdirSync(path.join('content', 'docs', 'prometheus'));
  const parsing = performance.now();
  for (const version of versions)
    for (const page of Object.values(REFERENCE_PAGES)) {
      const file = path.join('content', 'docs', 'prometheus', version, page);
      if (existsSync(file)) parseReferencePage(readFileSync(file, 'utf8'), path.relative('content', file));
    }
  const referenceMs = performance.now() - parsing;
  let ms = 0;
  const parser = unified().use(remarkParse).use(remarkGfm);
  for (const file of filesUnder('content', /\.mdx?$/)) {
    const raw = readFileSync(file, 'utf8');
    const tree = parser.parse(raw.slice(splitFrontmatter(raw)?.head.length ?? 0));
    const sourceFilePath = path.relative('content', file).split(path.sep).join('/');
    const version = referenceVersion(sourceFilePath);
    const reference = version ? referenceOf(version) : null;
    // Read before the clock starts: parsing them is timed above.
    for (const page of Object.keys(REFERENCE_PAGES) as (keyof typeof REFERENCE_PAGES)[]) reference?.page(page);
    const started = performance.now();
    const promql = (source: string) => {
      highlightPromql(source);
      if (reference) promqlLinks(source, reference);
    };
    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'heading') return SKIP;
      if (node.type === 'inlineCode' && looksLikePromql(node.value)) {
        counts.inline++;
        promql(node.value);
      }
      if (node.type !== 'code') return undefined;
      if (node.lang === 'promql') {
        counts.labelled++;
        const errors = promqlSyntaxErrors(node.value);
        if (errors.length) counts.problems.push(`${file}: ${errors[0].message}`);
        else counts.labelledParse++;
        promql(node.value);
      } else if (!node.lang) {
        counts.unlabelled++;
        if (looksLikePromql(node.value)) {
          counts.detected++;
          promql(node.value);
        }
      } else if (node.lang === 'yaml' || node.lang === 'yml') {
        counts.yaml++;
        const configuration = reference?.page('configuration');
        if (configuration) configKeyLinks(node.value, configSchema(configuration), configuration.url);
      }
      return undefined;
    });
    ms += performance.now() - started;
  }
  return { ...counts, ms, referenceMs, versions: versions.length };
}

/** What the built pages show (each at its canonical URL): highlighted blocks and inline code, and the links made in code, by where they lead. */
function outputNumbers() {
  const counts = { blocks: 0, inline: 0, promqlLinks: 0, configLinks: 0, placeholderLinks: 0, pagesWithLinks: 0 };
  for (const file of filesUnder('out', /\.html$/)) {
    const html = readFileSync(file, 'utf8');
    // The latest version also answers at its number: each page once, at its canonical URL.
    const canonical = /<link rel="canonical" href="https?:\/\/[^/"]+([^"]*)"/.exec(html)?.[1];
    const own = `/${path.relative('out', path.dirname(file)).split(path.sep).join('/')}/`.replace(/^\/\/$/, '/');
    if (canonical && canonical !== own) continue;
    counts.blocks += html.match(/<pre [^>]*data-language="promql"/g)?.length ?? 0;
    counts.inline += html.match(/<code data-language="promql"/g)?.length ?? 0;
    const hrefs = [...html.matchAll(/<a [^>]*\bcode-link\b[^>]*>/g)].map((tag) => /href="([^"]*)"/.exec(tag[0])?.[1] ?? '');
    for (const href of hrefs) {
      if (href.startsWith('#')) counts.placeholderLinks++;
      else if (href.includes('/configuration/configuration/')) counts.configLinks++;
      else counts.promqlLinks++;
    }
    if (hrefs.some((href) => !href.startsWith('#'))) counts.pagesWithLinks++;
  }
  return counts;
}

/** Runs `measure` with `siteDir` as the working directory, which the pipeline's modules read content/ from. */
async function inSite<T>(siteDir: string, measure: () => T | Promise<T>): Promise<T> {
  const home = process.cwd();
  process.chdir(siteDir);
  try {
    return await measure();
  } finally {
    process.chdir(home);
  }
}

/** The PromQL in a site copy's sources: real-content-bench.ts counts them before it edits any file. */
export const promqlSources = (siteDir: string) => inSite(siteDir, sourceNumbers);

/** The table bench/results.md shows: the sources' numbers (`sources`, else counted now), and the built site's. */
export async function promqlMarkdown(siteDir: string, sources?: Awaited<ReturnType<typeof promqlSources>>): Promise<string> {
  const source = sources ?? (await promqlSources(siteDir));
  const output = await inSite(siteDir, outputNumbers);
  return [
    '| | count |',
    '|---|---|',
    `| \`\`\`promql blocks (labelled) | ${source.labelled}, ${source.labelledParse} parse |`,
    `| Fences without a language | ${source.unlabelled}, ${source.detected} of them PromQL by the rule (all parse, by the rule) |`,
    `| Inline code that is PromQL | ${source.inline} |`,
    `| Built: PromQL blocks highlighted / inline code highlighted | ${output.blocks} / ${output.inline} |`,
    `| Built: links from PromQL to the reference | ${output.promqlLinks} |`,
    `| Built: links from YAML keys to the configuration reference (of ${source.yaml} YAML blocks) | ${output.configLinks} |`,
    `| Built: placeholder links in the configuration reference | ${output.placeholderLinks} |`,
    `| Built: pages with links to the reference | ${output.pagesWithLinks} |`,
    `| Time: parsing the reference pages of ${source.versions} versions, once per build | ${(source.referenceMs / 1000).toFixed(1)} s |`,
    `| Time: detecting, checking, highlighting and linking every block and inline code, one core | ${(source.ms / 1000).toFixed(1)} s |`,
    '',
    source.problems.length
      ? `Labelled blocks that do not parse:\n\n${source.problems.map((p) => `- ${p}`).join('\n')}`
      : 'Every labelled block parses.',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(await promqlMarkdown(path.resolve(process.argv[2] ?? '.')));
