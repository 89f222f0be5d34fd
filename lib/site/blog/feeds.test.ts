import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { processBody } from '../../markdown/pipeline';
import { feedHtml } from './feed-html';
import { atomFeed, jsonFeed, rssFeed, type FeedInfo, type FeedItem } from './feeds';

const info: FeedInfo = {
  title: 'Prometheus Blog',
  description: 'News & releases',
  siteUrl: 'https://prometheus.io/blog/',
  feedUrls: {
    atom: 'https://prometheus.io/blog/feed.xml',
    rss: 'https://prometheus.io/blog/rss.xml',
    json: 'https://prometheus.io/blog/feed.json',
  },
};
const items: FeedItem[] = [
  {
    url: 'https://prometheus.io/blog/2025/07/28/lts/',
    title: '3.5 <LTS> & more',
    date: '2025-07-28',
    author: 'Tomás',
    summary: 'Long-term support.',
    html: '<p>Read <a href="https://prometheus.io/docs/">the docs</a> &amp; enjoy.</p>',
    tags: ['release'],
  },
  {
    url: 'https://prometheus.io/blog/2024/11/14/3-0/',
    title: 'Prometheus 3.0',
    date: '2024-11-14',
    summary: 'Big release.',
    html: '<p>Hi</p>',
    tags: [],
  },
];
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
// eslint-disable-next-line @typescript-eslint/no-deprecated -- its successor, fast-xml-validator, is not a dependency yet
const validate = (xml: string) => XMLValidator.validate(xml);

// What the tests read of each feed, as the parser gives it: one element is an object, several an array.
type AtomEntry = { title: string; id: string; updated: string; link: { '@href': string }; content: { '#text': string; '@type': string } };
type Atom<Entries> = { feed: { '@xmlns': string; id: string; updated: string; entry: Entries } };
type RssItem = { pubDate: string; link: string; 'content:encoded': string; guid: { '#text': string } };
type Rss<Items> = { rss: { '@version': string; channel: { title: string; link: string; item: Items } } };
type JsonFeed = { version: string; feed_url: string; items: { url: string; authors?: { name: string }[] }[] };

describe('Atom', () => {
  const xml = atomFeed(info, items);
  it('is well-formed and has what RFC 4287 requires', () => {
    expect(validate(xml)).toBe(true);
    const { feed } = parser.parse(xml) as Atom<AtomEntry[]>;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe(info.feedUrls.atom);
    expect(feed.updated).toBe('2025-07-28T12:00:00Z');
    expect(feed.entry).toHaveLength(2);
    const [first] = feed.entry;
    expect(first.title).toBe('3.5 <LTS> & more');
    expect(first.id).toBe(items[0].url);
    expect(first.updated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(first.content['#text']).toBe(items[0].html);
    expect(first.content['@type']).toBe('html');
  });
});

describe('RSS 2.0', () => {
  it('is well-formed with channel title, link, description and full content', () => {
    const xml = rssFeed(info, items);
    expect(validate(xml)).toBe(true);
    const { rss } = parser.parse(xml) as Rss<RssItem[]>;
    expect(rss['@version']).toBe('2.0');
    expect(rss.channel.title).toBe('Prometheus Blog');
    expect(rss.channel.link).toBe(info.siteUrl);
    expect(rss.channel.item[0].pubDate).toBe('Mon, 28 Jul 2025 12:00:00 GMT');
    expect(rss.channel.item[0]['content:encoded']).toBe(items[0].html);
    expect(rss.channel.item[0].guid['#text']).toBe(items[0].url);
  });
});

describe('JSON Feed 1.1', () => {
  it('has the version, items with ids and HTML content', () => {
    const feed = JSON.parse(jsonFeed(info, items)) as JsonFeed;
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe(info.feedUrls.json);
    expect(feed.items[0]).toMatchObject({
      id: items[0].url,
      content_html: items[0].html,
      date_published: '2025-07-28T12:00:00Z',
      authors: [{ name: 'Tomás' }],
    });
    expect(feed.items[1].authors).toBeUndefined();
  });
});

describe('a post URL with @', () => {
  it('links there unchanged from every feed', () => {
    const url = 'https://prometheus.io/blog/2021/02/18/introducing-the-@-modifier/';
    const at: FeedItem[] = [{ ...items[1], url }];
    expect((parser.parse(atomFeed(info, at)) as Atom<AtomEntry>).feed.entry.link['@href']).toBe(url);
    expect((parser.parse(rssFeed(info, at)) as Rss<RssItem>).rss.channel.item.link).toBe(url);
    expect((JSON.parse(jsonFeed(info, at)) as JsonFeed).items[0].url).toBe(url);
  });
});

describe('feedHtml', () => {
  it('keeps the body, drops self-links, dark variants and styling, and makes links absolute', async () => {
    const raw =
      '## X\n\nSee [concepts](/docs/concepts/).\n\n```yaml\na: 1\n```\n\n<img src="/a-light.png" alt="d" class="mantine-dark-hidden"><img src="/a-dark.png" alt="d" class="mantine-light-hidden">\n';
    const { tree } = await processBody({ raw, format: 'md', sourceFilePath: 'blog/2025-01-01-p.md' });
    if (!tree) throw new Error('the body did not parse');
    const html = feedHtml(tree, 'https://prometheus.io/blog/2025/01/01/p/');
    expect(html).toMatch(
      /^<h2 id="x">X<\/h2>\n<p>See <a href="https:\/\/prometheus.io\/docs\/concepts\/">concepts<\/a>.<\/p>\n<pre><code><span>/,
    );
    expect(html).toContain('<img src="https://prometheus.io/a-light.png" alt="d">');
    expect(html).not.toMatch(/a-dark|style=|class=|data-|heading-anchor/);
  });
});
