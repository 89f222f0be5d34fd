import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Two small git repositories written the way prometheus/prometheus and prometheus/alertmanager
 * write their docs/ (our own words): every kind of file that tripped the build on the real ones.
 * Each release tag adds a line, so versions differ.
 */
type Files = Record<string, string | Buffer>;

/** A 24×12 PNG of three bars (target, arrow, server), drawn for this fixture. */
const DIAGRAM = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAABgAAAAMCAIAAAD3UuoiAAAAH0lEQVR42mN4FqSDB4UiAdvsmXgQw6hBowaNGoTPIABvIm04SfXliQAAAABJRU5ErkJggg==',
  'base64',
);

export const SERVER_DOCS: Files = {
  'docs/index.md': '---\n# todo: internal\n---\n\n# Server docs\n\nThis folder is published on the website; this file is not.\n',
  'docs/getting_started.md': [
    '---',
    'title: Getting started',
    'sort_rank: 1',
    'toc: full-width',
    '---',
    '',
    '# Getting started',
    '',
    'Run the server, then read about [querying](querying/basics.md#range-selectors) and the [configuration file](configuration/configuration.md).',
    '',
    'A complete [example configuration](../documentation/examples/fixture.yml) lives in the repository, outside the docs.',
    '',
    '![How a scrape flows from target to server](images/flow.png)',
    '',
    '<img src="images/flow.png" width="80">',
    '',
    'The [Alertmanager](/docs/alerting/alertmanager/) takes the alerts from here.',
    '',
  ].join('\n'),
  'docs/querying/index.md': '---\ntitle: Querying\nsort_rank: 2\nnav_icon: sliders\n---\n',
  'docs/querying/basics.md': [
    '---',
    'title: Querying basics',
    'sort_rank: 1',
    '---',
    '',
    'Selectors pick series by name and labels.',
    '',
    '## Range selectors',
    '',
    'A range selector such as `up[5m]` returns a window of samples per series.',
    '',
    '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Range selectors made my day.</p>&mdash; A Fixture (@fixture) <a href="https://twitter.com/fixture/status/1">March 1, 2020</a></blockquote>',
    '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>',
    '',
  ].join('\n'),
  'docs/configuration/index.md': '---\ntitle: Configuration\nsort_rank: 3\n---\n',
  'docs/configuration/configuration.md': [
    '---',
    'title: Configuration',
    'sort_rank: 1',
    '---',
    '',
    'The tests in [conf.good.yml](../../config/testdata/conf.good.yml) load every field.',
    '',
    '```yaml',
    'scrape_configs:',
    '  [ - <scrape_config> ... ]',
    '```',
    '',
    '### `<scrape_config>`',
    '',
    '```yaml',
    'job_name: <string>',
    '[ tls_config: <tls_config> ]',
    '```',
    '',
    '### `<tls_config>`',
    '',
    '```yaml',
    '[ insecure_skip_verify: <boolean> ]',
    '```',
    '',
  ].join('\n'),
  'docs/internal/notes.md': 'Notes for maintainers, without frontmatter.\n',
  'docs/images/flow.png': DIAGRAM,
  'documentation/examples/fixture.yml': 'scrape_configs: []\n',
};

export const ALERTMANAGER_DOCS: Files = {
  'docs/index.md': '---\ntitle: Alerting\nsort_rank: 7\nnav_icon: bell-o\n---\n',
  'docs/overview.md':
    '---\ntitle: Overview\nsort_rank: 1\n---\n\nThe Alertmanager groups, silences and routes alerts; see [its configuration](configuration.md).\n',
  'docs/configuration.md': '---\ntitle: Configuration\nsort_rank: 2\n---\n\n## Routes\n\nA route matches alerts by their labels.\n',
  'docs/alertmanager.md': '---\ntitle: Alertmanager\nsort_rank: 3\n---\n\nRun two or more instances for high availability.\n',
};

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Fixture',
      GIT_AUTHOR_EMAIL: 'fixture@example.org',
      GIT_COMMITTER_NAME: 'Fixture',
      GIT_COMMITTER_EMAIL: 'fixture@example.org',
    },
  }).trim();
}

/** A repository whose history tags each of `tags` in order; returns tag → commit. */
function createRepository(dir: string, files: Files, tags: string[]): Map<string, string> {
  mkdirSync(dir, { recursive: true });
  git(dir, 'init', '--quiet', '--initial-branch=main');
  // Blob-less clones of a local repository need the server side to allow filters.
  git(dir, 'config', 'uploadpack.allowFilter', 'true');
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  const commits = new Map<string, string>();
  for (const tag of tags) {
    writeFileSync(path.join(dir, 'docs', 'release.md'), `---\ntitle: Release notes\nsort_rank: 9\n---\n\nThese docs describe ${tag}.\n`);
    git(dir, 'add', '-A');
    git(dir, 'commit', '--quiet', '-m', `Release ${tag}`);
    git(dir, 'tag', '-a', tag, '-m', tag);
    commits.set(tag, git(dir, 'rev-parse', 'HEAD'));
  }
  return commits;
}

/** Both repositories in a temporary folder, with their tag → commit maps. */
export function createUpstreamRepositories() {
  const root = mkdtempSync(path.join(tmpdir(), 'upstream-'));
  const server = path.join(root, 'prometheus');
  const alertmanager = path.join(root, 'alertmanager');
  const serverCommits = createRepository(server, SERVER_DOCS, ['v2.8.0', 'v2.9.0', 'v3.0.0', 'v3.1.0', 'v3.1.1', 'v3.2.0-rc.0']);
  const alertmanagerCommits = createRepository(alertmanager, ALERTMANAGER_DOCS, ['v0.27.0', 'v0.28.0']);
  return {
    env: { DOCS_SOURCES: JSON.stringify({ prometheus: server, alerting: alertmanager }), DOCS_SOURCES_CACHE: path.join(root, 'cache') },
    serverCommits,
    alertmanagerCommits,
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
