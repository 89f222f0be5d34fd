import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../site.config';
import { collectionSpecs } from '../collections/schema';
import { prepareUpstreamPage } from './upstream-files';

const doc = collectionSpecs().find((c) => c.name === 'Doc');
if (!doc) throw new Error('the schema has no Doc collection');
const source = siteConfig.docsSources[0];
const file = 'content/docs/prometheus/3.1/querying/basics.md';

describe('prepareUpstreamPage', () => {
  it('turns an internal top-level index.md into the section page titled from the config', () => {
    const prepared = prepareUpstreamPage('---\n# todo: internal\n---\n\n# Server\n\nNot for the site.\n', 'content/docs/prometheus/3.1/index.md', doc, { rootIndex: true, source });
    expect(prepared.kind).toBe('page');
    if (prepared.kind !== 'page') return;
    expect(prepared.text).toBe(`---\ntitle: "${source.title}"\nsort_rank: ${source.sortRank}\nnav_icon: ${source.navIcon}\n---\n`);
    expect(prepared.notes[0].message).toContain('has no title: not a page');
  });

  it('keeps a titled top-level index page on its lines', () => {
    const text = '---\ntitle: Alerting\nsort_rank: 7\nnav_icon: bell-o\nextra: 1\n---\n\nBody line.\n';
    const prepared = prepareUpstreamPage(text, 'content/docs/alerting/0.1/index.md', doc, { rootIndex: true, source });
    expect(prepared.kind === 'page' && prepared.text.split('\n').indexOf('Body line.')).toBe(text.split('\n').indexOf('Body line.'));
  });

  it('leaves out pages without a title, and fields the site does not know, with a note on the line', () => {
    expect(prepareUpstreamPage('Just text.\n', file, doc, { rootIndex: false, source })).toMatchObject({ kind: 'skip', notes: [{ line: 1, message: expect.stringContaining('No title') as string }] });
    const prepared = prepareUpstreamPage('---\ntitle: Basics\nauthors:\n  - someone\nsort_rank: 1\n---\n\nText.\n', file, doc, { rootIndex: false, source });
    expect(prepared.kind).toBe('page');
    if (prepared.kind !== 'page') return;
    expect(prepared.text.split('\n').slice(2, 4)).toEqual(['# (left out by sync-docs) authors:', '# (left out by sync-docs)   - someone']);
    expect(prepared.notes).toEqual([expect.objectContaining({ line: 3, message: expect.stringContaining('the field was left out') as string })]);
  });
});
