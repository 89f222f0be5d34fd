import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { orPlaceholder, PLACEHOLDER, removePlaceholderPages } from './placeholder';
import { postTags, postYears } from './posts';

describe('orPlaceholder', () => {
  it('keeps real params and stands in for none, with a value no year, page or tag slug can be', () => {
    expect(orPlaceholder([{ tag: 'alerting' }], { tag: PLACEHOLDER })).toEqual([{ tag: 'alerting' }]);
    expect(
      orPlaceholder(
        postTags([{ url: '/blog/2021/02/18/x/', date: '2021-02-18', title: 'X', tags: [] }]).map(({ slug }) => ({ tag: slug })),
        { tag: PLACEHOLDER },
      ),
    ).toEqual([{ tag: PLACEHOLDER }]);
    expect(
      orPlaceholder(
        postYears([]).map((year) => ({ year })),
        { year: PLACEHOLDER },
      ),
    ).toEqual([{ year: PLACEHOLDER }]);
    expect(postTags([{ url: '/x/', date: '2021-02-18', title: 'X', tags: [PLACEHOLDER] }])[0].slug).not.toBe(PLACEHOLDER);
  });
});

describe('removePlaceholderPages', () => {
  let out = '';
  afterEach(() => rmSync(out, { recursive: true, force: true }));
  const page = (site: string) => {
    mkdirSync(path.join(out, site), { recursive: true });
    writeFileSync(path.join(out, site, 'index.html'), '<html></html>');
  };

  it('deletes the placeholder pages and the folders they leave empty, and nothing else', () => {
    out = mkdtempSync(path.join(tmpdir(), 'placeholder-'));
    for (const site of [
      'blog',
      'blog/2021',
      'blog/2021/02/18/introducing-the-@-modifier',
      `blog/page/${PLACEHOLDER}`,
      `blog/tags/${PLACEHOLDER}`,
      `blog/${PLACEHOLDER}`,
      `blog/${PLACEHOLDER}/${PLACEHOLDER}/${PLACEHOLDER}/${PLACEHOLDER}`,
    ])
      page(site);
    expect(removePlaceholderPages(out)).toEqual([`/blog/${PLACEHOLDER}/`, `/blog/page/${PLACEHOLDER}/`, `/blog/tags/${PLACEHOLDER}/`]);
    expect(
      ['blog/index.html', 'blog/2021/index.html', 'blog/2021/02/18/introducing-the-@-modifier/index.html'].every((file) =>
        existsSync(path.join(out, file)),
      ),
    ).toBe(true);
    expect(['blog/page', 'blog/tags', `blog/${PLACEHOLDER}`].some((dir) => existsSync(path.join(out, dir)))).toBe(false);
  });

  it('keeps real tag and list pages beside a placeholder', () => {
    out = mkdtempSync(path.join(tmpdir(), 'placeholder-'));
    for (const site of ['blog/tags/alerting', `blog/page/${PLACEHOLDER}`]) page(site);
    expect(removePlaceholderPages(out)).toEqual([`/blog/page/${PLACEHOLDER}/`]);
    expect(existsSync(path.join(out, 'blog/tags/alerting/index.html'))).toBe(true);
  });
});
