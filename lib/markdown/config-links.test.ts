import { readFileSync } from 'node:fs';
import type { Root } from 'hast';
import rehypeSlug from 'rehype-slug';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { configKeyLinks, configSchema } from './config-links';
import type { Link } from './link-ranges';
import { parseReferencePage, sectionsOf } from './reference';
import type { ReferencePage } from './reference';

const FENCE = '```';

/** A small configuration reference in the notation of Prometheus's own, written for these tests. */
const REFERENCE = `# Settings

## The settings file

Brackets mark optional keys; \`<duration>\` and the like are plain values.

${FENCE}yaml
global:
  # Default time between scrapes.
  [ scrape_interval: <duration> | default = 1m ]
  # Labels added to everything sent out.
  external_labels:
    [ <labelname>: <labelvalue> ... ]

rule_files:
  [ - <filepath_glob> ... ]

scrape_configs:
  [ - <scrape_config> ... ]

alerting:
  alertmanagers:
    [ - <alertmanager_config> ... ]
${FENCE}

### \`<scrape_config>\`

One job: what to scrape and how.

${FENCE}yaml
job_name: <job_name>
[ scrape_interval: <duration> | default = <global.scrape_interval> ]
[ scheme: <scheme> | default = http ]
static_configs:
  [ - <static_config> ... ]
catalog_sd_configs:
  [ - <catalog_sd_config> ... ]
relabel_configs:
  [ - <relabel_config> ... ]
# The HTTP settings below, written in place.
[ <http_config> ]
${FENCE}

### \`<http_config>\`

${FENCE}yaml
[ follow_redirects: <boolean> | default = true ]
tls_config:
  [ <tls_config> ]
${FENCE}

### \`<tls_config>\`

${FENCE}yaml
[ ca_file: <filename> ]
[ insecure_skip_verify: <boolean> ]
${FENCE}

### \`<static_config>\`

A file of targets looks like this:

${FENCE}yaml
- targets: ['<host>']
${FENCE}

The block itself:

${FENCE}yaml
targets:
  [ - '<host>' ]
labels:
  [ <labelname>: <labelvalue> ... ]
${FENCE}

### \`<catalog_sd_config>\`

Finds targets in a service catalog.

#### Options

${FENCE}yaml
[ server: <host> ]
groups:
- <string>
[ refresh_interval: <duration> | default = 1m ]
${FENCE}

### \`<relabel_config>\`

${FENCE}yaml
[ source_labels: '[' <labelname> [, ...] ']' ]
[ target_label: <labelname> ]
[ action: <relabel_action> | default = replace ]
${FENCE}

### \`<alertmanager_config>\`

${FENCE}yaml
[ scheme: <scheme> | default = http ]
static_configs:
  [ - <static_config> ... ]
relabel_configs:
  [ - <relabel_config> ... ]
${FENCE}
`;

const URL = '/docs/prometheus/latest/configuration/configuration/';

/** The fixture as reference.ts reads a page: parsed to hast, heading ids from rehype-slug. */
function fixturePage(): ReferencePage {
  const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeSlug);
  const tree: Root = processor.runSync(processor.parse(REFERENCE));
  return { url: URL, sections: sectionsOf(tree), tree };
}

const page = fixturePage();
const schema = configSchema(page);

/** Each link as the key it covers and the section it points to, in order. */
function linked(source: string, links: Link[] = configKeyLinks(source, schema, URL)): [string, string][] {
  return links.map((link) => [source.slice(link.start, link.end), link.href.replace(URL, '')]);
}

describe('configKeyLinks', () => {
  it('links every documented key of a complete prometheus.yml to its block', () => {
    const source = [
      'global:',
      '  scrape_interval: 15s',
      '  external_labels:',
      '    region: eu-1',
      'rule_files:',
      '  - rules/*.yml',
      'scrape_configs:',
      '  - job_name: node',
      '    scrape_interval: 5s',
      '    follow_redirects: false',
      '    tls_config:',
      '      insecure_skip_verify: true',
      '    static_configs:',
      "      - targets: ['localhost:9100']",
      '        labels:',
      '          env: prod',
      '    relabel_configs:',
      '      - source_labels: [__address__]',
      '        target_label: instance',
      '      - action: labeldrop',
      '',
    ].join('\n');
    const links = configKeyLinks(source, schema, URL);
    expect(linked(source, links)).toEqual([
      ['global', '#the-settings-file'],
      ['scrape_interval', '#the-settings-file'],
      ['external_labels', '#the-settings-file'],
      ['rule_files', '#the-settings-file'],
      ['scrape_configs', '#scrape_config'],
      ['job_name', '#scrape_config'],
      ['scrape_interval', '#scrape_config'],
      ['follow_redirects', '#http_config'],
      ['tls_config', '#tls_config'],
      ['insecure_skip_verify', '#tls_config'],
      ['static_configs', '#static_config'],
      ['targets', '#static_config'],
      ['labels', '#static_config'],
      ['relabel_configs', '#relabel_config'],
      ['source_labels', '#relabel_config'],
      ['target_label', '#relabel_config'],
      ['action', '#relabel_config'],
    ]);
    const ids = new Set(page.sections.map((section) => section.id));
    for (const link of links) expect(ids.has(link.href.slice(URL.length + 1))).toBe(true);
  });

  it('gives exact offsets into the source', () => {
    const source = '# A job.\nscrape_configs :\n  - "job_name": quoted\n    scrape_interval: 1m\n  - job_name: plain\n';
    expect(configKeyLinks(source, schema, URL)).toEqual([
      { start: 9, end: 23, href: `${URL}#scrape_config` },
      { start: 53, end: 68, href: `${URL}#scrape_config` },
      { start: 77, end: 85, href: `${URL}#scrape_config` },
    ]);
    expect(source.slice(53, 68)).toBe('scrape_interval');
    expect(source.slice(77, 85)).toBe('job_name');
  });

  it('starts a fragment of a scrape job in the block that documents its keys', () => {
    const job =
      '- job_name: node\n  static_configs:\n    - targets: [a:9100]\n  catalog_sd_configs:\n    - server: c:8500\n      groups:\n        - web\n      refresh_interval: 30s\n';
    expect(linked(job)).toEqual([
      ['job_name', '#scrape_config'],
      ['static_configs', '#static_config'],
      ['targets', '#static_config'],
      ['catalog_sd_configs', '#catalog_sd_config'],
      ['server', '#catalog_sd_config'],
      ['groups', '#catalog_sd_config'],
      ['refresh_interval', '#catalog_sd_config'],
    ]);
    // Scrape jobs and Alertmanager entries both document `relabel_configs`, and link it alike.
    const indented = '    relabel_configs:\n      - source_labels: [a]\n        action: keep\n';
    expect(linked(indented)).toEqual([
      ['relabel_configs', '#relabel_config'],
      ['source_labels', '#relabel_config'],
      ['action', '#relabel_config'],
    ]);
  });

  it('leaves a fragment alone when the blocks documenting it would link it differently', () => {
    expect(linked('scheme: https\nstatic_configs:\n  - targets: [a]\n')).toEqual([]);
  });

  it('links nothing in a rules file, even where a block documents its only key', () => {
    const rules = [
      'groups:',
      '  - name: example',
      '    rules:',
      '      - alert: HighLatency',
      '        expr: job:request_latency_seconds:mean5m{job="api"} > 0.5',
      '        labels:',
      '          severity: page',
    ].join('\n');
    expect(linked(rules)).toEqual([]);
    expect(linked('- record: job:up:sum\n  expr: sum by (job) (up)\n')).toEqual([]);
  });

  it('links nothing in an Alertmanager configuration', () => {
    const alertmanager = [
      'global:',
      '  resolve_timeout: 5m',
      'route:',
      '  receiver: team',
      'receivers:',
      '  - name: team',
      '    webhook_configs:',
      '      - url: http://example.com/hook',
    ].join('\n');
    expect(linked(alertmanager)).toEqual([]);
    // `global:` alone opens Alertmanager's file as well as Prometheus's.
    expect(linked('global:\n  resolve_timeout: 5m\n')).toEqual([]);
  });

  it('links neither an undocumented key nor anything under it', () => {
    const source = [
      'scrape_configs:',
      '  - job_name: pods',
      '    kubernetes_sd_configs:',
      '      - role: pod',
      '        tls_config:',
      '          ca_file: /ca.crt',
      '    static_configs:',
      '      - targets: [a]',
    ].join('\n');
    expect(linked(source)).toEqual([
      ['scrape_configs', '#scrape_config'],
      ['job_name', '#scrape_config'],
      ['static_configs', '#static_config'],
      ['targets', '#static_config'],
    ]);
    // A top-level key the reference does not document: the example may be anything.
    expect(linked('scrape_configs:\n  - job_name: a\nstorage_engine:\n  path: /data\n')).toEqual([]);
  });

  it('gives no links for YAML that does not parse, holds several documents, shares nodes, or is no mapping', () => {
    for (const source of [
      'scrape_configs:\n  - job_name: [a\n',
      'scrape_configs:\n  - job_name: a\n---\nscrape_configs:\n  - job_name: b\n',
      'scrape_configs:\n  - &job\n    job_name: a\n  - *job\n',
      'global: &g\n  scrape_interval: 1m\n',
      '',
      'just some text',
      '- 1\n- 2\n',
      '{{ template "config" . }}',
    ]) {
      expect(configKeyLinks(source, schema, URL)).toEqual([]);
    }
  });

  it('reads the schema once per page', () => {
    expect(configSchema(page)).toBe(schema);
    expect(schema.blocks.has('static_config')).toBe(true);
  });
});

describe('configKeyLinks on the site’s configuration reference (3.7)', () => {
  it('links scrape_configs to the scrape_config section', () => {
    // The committed copy sync-docs puts in content/ (unit tests run before any sync).
    const reference = parseReferencePage(
      readFileSync('upstream/fallback/prometheus/3.7/configuration/configuration.md', 'utf8'),
      'docs/prometheus/3.7/configuration/configuration.md',
    );
    const source =
      'global:\n  scrape_interval: 15s\nscrape_configs:\n  - job_name: prometheus\n    static_configs:\n      - targets: [localhost:9090]\n';
    const links = configKeyLinks(source, configSchema(reference), reference.url);
    expect(links.map((link) => [source.slice(link.start, link.end), link.href])).toEqual([
      ['global', `${reference.url}#reference-blocks`],
      ['scrape_interval', `${reference.url}#reference-blocks`],
      ['scrape_configs', `${reference.url}#scrape_config`],
      ['job_name', `${reference.url}#scrape_config`],
      ['static_configs', `${reference.url}#static_config`],
      ['targets', `${reference.url}#static_config`],
    ]);
    // The page's complete example is not the notation: `alerting` is not documented there, so this example gets none.
    expect(configKeyLinks('alerting:\n  alertmanagers: []\n' + source, configSchema(reference), reference.url)).toEqual([]);
  });
});
