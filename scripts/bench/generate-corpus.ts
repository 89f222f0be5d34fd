// Writes a synthetic docs corpus for scale tests and benchmarks: realistic pages with
// headings, prose, code, tables and links between them, in sections of 25.
// Usage: tsx scripts/bench/generate-corpus.ts <content-dir> <pages>
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const WORDS =
  'scrape target label series sample counter gauge histogram query rule alert retention exporter instance job rate window bucket quantile storage federation relabel discovery endpoint metric interval'.split(
    ' ',
  );

function sentence(seed: number, length = 14): string {
  const words = Array.from({ length }, (_, i) => WORDS[(seed * 7 + i * 13) % WORDS.length]);
  return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
}

function page(section: number, index: number, sections: number, perSection: number): string {
  const seed = section * 1000 + index;
  const next = `../section_${String((section + 1) % sections).padStart(3, '0')}/page_${String(index % perSection).padStart(3, '0')}.md`;
  return `---
title: Generated page ${section}.${index}
sort_rank: ${index}
description: ${sentence(seed, 10)}
---

${sentence(seed)} ${sentence(seed + 1)} ${sentence(seed + 2)}

## Configuration

${sentence(seed + 3)} See [the next section's page](${next}) and [the example below](#example).

\`\`\`yaml
scrape_configs:
  - job_name: generated_${seed}
    scrape_interval: ${(index % 6) + 10}s
    static_configs:
      - targets: ['host-${seed}:9100']
\`\`\`

### Example

| Metric | Type | Meaning |
|---|---|---|
| \`generated_requests_total\` | counter | ${sentence(seed + 4, 6)} |
| \`generated_queue_length\` | gauge | ${sentence(seed + 5, 6)} |

NOTE: ${sentence(seed + 6)}

## Querying

\`\`\`promql
sum by (job) (rate(generated_requests_total{job="generated_${seed}"}[5m]))
\`\`\`

${sentence(seed + 7)} ${sentence(seed + 8)}
`;
}

const [dir, countArg] = process.argv.slice(2);
const count = Number(countArg);
if (!dir || !Number.isInteger(count) || count < 1) {
  console.error('Usage: tsx scripts/bench/generate-corpus.ts <content-dir> <pages>');
  process.exit(2);
}
const perSection = 25;
const sections = Math.ceil(count / perSection);
const root = path.join(dir, 'docs', 'generated');
for (let s = 0; s < sections; s++) {
  const sectionDir = path.join(root, `section_${String(s).padStart(3, '0')}`);
  mkdirSync(sectionDir, { recursive: true });
  writeFileSync(path.join(sectionDir, 'index.md'), `---\ntitle: Generated section ${s}\nsort_rank: ${100 + s}\n---\n\n${sentence(s)}\n`);
  for (let i = 0; i < Math.min(perSection, count - s * perSection); i++) {
    writeFileSync(path.join(sectionDir, `page_${String(i).padStart(3, '0')}.md`), page(s, i, sections, perSection));
  }
}
writeFileSync(path.join(root, 'index.md'), `---\ntitle: Generated corpus\nsort_rank: 99\n---\n\nSynthetic pages for scale tests.\n`);
console.log(`Wrote ${count} pages in ${sections} sections under ${root}`);
