import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { indexablePage, SEARCH_WEIGHTS } from './search-index';

const page = (body: string, filter = 'area:Docs') =>
  `<!doctype html><html lang="en"><head><title>x</title></head><body><header>Site header</header><article data-pagefind-body data-pagefind-filter="${filter}" data-pagefind-meta="breadcrumb:Docs › Querying"><h1>Query functions</h1>${body}</article></body></html>`;

/** Each record's URL and the words it holds, by weight. */
function records(html: string) {
  const result = indexablePage(html, '/docs/q/');
  if (!result) throw new Error('not indexed');
  return result.records.map((record) => {
    const document = parseDocument(record.content);
    const words = DomUtils.findAll((element) => element.name === 'p', document.children).map(
      (p) => `${p.attribs['data-pagefind-weight'] ?? ''}:${DomUtils.textContent(p)}`,
    );
    const meta = DomUtils.findAll((element) => 'data-pagefind-meta' in element.attribs, document.children).map(
      (element) => element.attribs['data-pagefind-meta'],
    );
    const filters = DomUtils.findAll((element) => 'data-pagefind-filter' in element.attribs, document.children).map(
      (element) => element.attribs['data-pagefind-filter'],
    );
    return { url: record.url, words, meta, filters };
  });
}

describe('indexablePage', () => {
  it('indexes only the data-pagefind-body content, in a bare document with the language', () => {
    const result = indexablePage(page('<p>Text.</p>'), '/docs/q/');
    expect(result?.html).toMatch(/^<html lang="en"><body><article data-pagefind-body/);
    expect(result?.html).not.toContain('Site header');
    expect(indexablePage('<html><body><p>No body</p></body></html>', '/x/')).toBeNull();
  });

  it('gives the page a title record and each section with an anchor a record of its heading', () => {
    const found = records(
      page(
        '<h2 id="rate"><code>rate()</code><a class="heading-anchor" href="#rate" data-pagefind-ignore>#</a></h2><p>Per-second rate.</p><h2>No anchor</h2><h3 id="counters">Functions for counters</h3>',
      ),
    );
    expect(found.map((r) => r.url)).toEqual(['/docs/q/#', '/docs/q/#rate', '/docs/q/#counters']);
    expect(found[0]?.words).toEqual([`${SEARCH_WEIGHTS.title}:query functions`]);
    // A heading that is a code name is a definition: the strongest weight; prose headings less.
    expect(found[1]?.words).toEqual([`${SEARCH_WEIGHTS.definitionHeading}:rate`]);
    expect(found[2]?.words).toEqual([`${SEARCH_WEIGHTS.heading}:functions for counters`]);
    // The page's title goes in a filter (Pagefind indexes metadata as words), the section's heading in the meta.
    expect(found[1]?.meta).toEqual(['definition:rate()', 'breadcrumb:Docs › Querying', 'summary:Per-second rate.']);
    expect(found[1]?.filters).toEqual(['area:Docs', 'page:Query functions']);
  });

  it("records the names a section's reference block, items, rows and opening code define", () => {
    const found = records(
      page(
        [
          '<h3 id="scrape_config"><code>&lt;scrape_config&gt;</code></h3>',
          '<pre><code># How often to scrape.\n[ scrape_interval: &lt;duration&gt; | default = 1m ]\nrelabel_configs:\n  [ - &lt;relabel_config&gt; ... ]</code></pre>',
          '<h3 id="keywords">Keywords</h3><ul><li><code>group_left</code>: many-to-one.</li><li>Plain <code>item</code>.</li></ul>',
          '<table><tbody><tr><td><code>--storage.tsdb.retention.time</code></td><td><code>15d</code></td></tr></tbody></table>',
          '<h2 id="range-queries">Range queries</h2><pre><code>GET /api/v1/query_range\nPOST /api/v1/query_range</code></pre>',
          '<p><code>/api/v1/labels</code> lists label names.</p>',
        ].join(''),
      ),
    );
    const words = Object.fromEntries(found.map((r) => [r.url.replace('/docs/q/', ''), r.words]));
    expect(words['#scrape_config']).toEqual(['10:scrape_config', '5:scrape_interval', '5:relabel_configs']);
    // Only the item that opens with a name, only a row's first cell.
    expect(words['#keywords']).toEqual(['8:keywords', '5:group_left', '5:storagetsdbretentiontime']);
    // Paths whole and by segment: a query may type either.
    expect(words['#range-queries']).toEqual([
      '8:range queries',
      '5:get apiv1query_range api v1 query_range',
      '5:post',
      '5:apiv1labels labels',
    ]);
  });

  it('leaves example YAML alone: a block defines keys only where it uses placeholders', () => {
    const found = records(
      page('<h2 id="example">Example</h2><pre><code>scrape_configs:\n  - job_name: node\n    scrape_interval: 15s</code></pre>'),
    );
    expect(found.find((r) => r.url.endsWith('#example'))?.words).toEqual(['8:example']);
  });

  it('weights a post down as a whole, and records nothing for it', () => {
    const result = indexablePage(page('<h2 id="why"><code>rate()</code> in practice</h2><p>Text.</p>', 'area:Blog'), '/blog/x/');
    expect(result?.records).toEqual([]);
    expect(result?.html).toContain(`data-pagefind-weight="${SEARCH_WEIGHTS.post}"`);
    expect(result?.html).not.toContain(`data-pagefind-weight="${SEARCH_WEIGHTS.definitionHeading}"`);
  });

  it('escapes what a record quotes from the page', () => {
    const found = records(page('<h2 id="q">A &quot;quoted&quot; &lt;b&gt;heading&lt;/b&gt;</h2>'));
    expect(found[1]?.meta[0]).toBe('definition:A "quoted" <b>heading</b>');
    expect(indexablePage(page('<h2 id="q">&lt;script&gt;alert(1)&lt;/script&gt;</h2>'), '/docs/q/')?.records[1]?.content).not.toContain(
      '<script>',
    );
  });

  it("takes an older version's index from the article's attribute only, and only as section/version", () => {
    const versioned = (attribute: string, text = '') =>
      indexablePage(
        `<html lang="en"><body><article data-pagefind-body data-pagefind-filter="area:Docs"${attribute}><h1>T</h1><p>${text}</p></article></body></html>`,
        '/docs/prometheus/2.53/x/',
      )?.bundle;
    expect(versioned(' data-search-bundle="prometheus/2.53"')).toBe('prometheus/2.53');
    expect(versioned('')).toBe('');
    // A path out of the index folder, or a name in the page's text, is no bundle.
    expect(versioned(' data-search-bundle="../../../etc"')).toBe('');
    expect(versioned(' data-search-bundle="prometheus/../../x"')).toBe('');
    expect(versioned('', 'data-search-bundle="prometheus/evil"')).toBe('');
  });
});
