/** Everything a feed says about one post; `html` is the full post with absolute links. */
export type FeedItem = { url: string; title: string; date: string; author?: string; summary: string; html: string; tags: string[] };
export type FeedInfo = { title: string; description: string; siteUrl: string; feedUrls: { atom: string; rss: string; json: string } };

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Posts are dated by day; feeds want a full timestamp, so noon UTC stands for the day. */
function timestamp(date: string): string {
  return `${date}T12:00:00Z`;
}

function updated(items: FeedItem[]): string {
  return timestamp(
    items
      .map((item) => item.date)
      .sort()
      .at(-1) ?? '1970-01-01',
  );
}

/** Atom 1.0 (RFC 4287). */
export function atomFeed(info: FeedInfo, items: FeedItem[]): string {
  const entries = items.map(
    (item) => `  <entry>
    <id>${escapeXml(item.url)}</id>
    <title>${escapeXml(item.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(item.url)}"/>
    <published>${timestamp(item.date)}</published>
    <updated>${timestamp(item.date)}</updated>
    <author><name>${escapeXml(item.author ?? info.title)}</name></author>
${item.tags.map((tag) => `    <category term="${escapeXml(tag)}"/>\n`).join('')}    <summary type="text">${escapeXml(item.summary)}</summary>
    <content type="html">${escapeXml(item.html)}</content>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(info.feedUrls.atom)}</id>
  <title>${escapeXml(info.title)}</title>
  <subtitle>${escapeXml(info.description)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${escapeXml(info.feedUrls.atom)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(info.siteUrl)}"/>
  <updated>${updated(items)}</updated>
${entries.join('\n')}
</feed>
`;
}

/** RSS 2.0 with the content module for full posts. */
export function rssFeed(info: FeedInfo, items: FeedItem[]): string {
  const rfc822 = (date: string) => new Date(timestamp(date)).toUTCString();
  const entries = items.map(
    (item) => `    <item>
      <title>${escapeXml(item.title)}</title>
      <link>${escapeXml(item.url)}</link>
      <guid isPermaLink="true">${escapeXml(item.url)}</guid>
      <pubDate>${rfc822(item.date)}</pubDate>
${item.author ? `      <dc:creator>${escapeXml(item.author)}</dc:creator>\n` : ''}${item.tags.map((tag) => `      <category>${escapeXml(tag)}</category>\n`).join('')}      <description>${escapeXml(item.summary)}</description>
      <content:encoded>${escapeXml(item.html)}</content:encoded>
    </item>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${escapeXml(info.title)}</title>
    <link>${escapeXml(info.siteUrl)}</link>
    <description>${escapeXml(info.description)}</description>
    <language>en</language>
    <lastBuildDate>${rfc822(updated(items).slice(0, 10))}</lastBuildDate>
    <atom:link href="${escapeXml(info.feedUrls.rss)}" rel="self" type="application/rss+xml"/>
${entries.join('\n')}
  </channel>
</rss>
`;
}

/** JSON Feed 1.1. */
export function jsonFeed(info: FeedInfo, items: FeedItem[]): string {
  return `${JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: info.title,
      home_page_url: info.siteUrl,
      feed_url: info.feedUrls.json,
      description: info.description,
      language: 'en',
      items: items.map((item) => ({
        id: item.url,
        url: item.url,
        title: item.title,
        content_html: item.html,
        summary: item.summary,
        date_published: timestamp(item.date),
        ...(item.author ? { authors: [{ name: item.author }] } : {}),
        ...(item.tags.length ? { tags: item.tags } : {}),
      })),
    },
    null,
    2,
  )}\n`;
}
