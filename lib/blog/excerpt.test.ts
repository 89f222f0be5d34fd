import { describe, expect, it } from 'vitest';
import { parseBlogFileName } from '../content/routes';
import { excerptOf, readingMinutes } from './excerpt';

describe('blog file names', () => {
  it('give the date and slug', () => {
    expect(parseBlogFileName('2025-07-28-prometheus-3-5-lts.md')).toEqual({ year: '2025', month: '07', day: '28', slug: 'prometheus-3-5-lts' });
    expect(parseBlogFileName('2025-7-28-x.md')).toBeNull();
    expect(parseBlogFileName('notes.md')).toBeNull();
  });
});

describe('excerptOf', () => {
  it('takes the text before <!-- more -->', () => {
    const raw = 'First **bold** paragraph.\n\nSecond [link](https://example.org).\n\n<!-- more -->\n\nThe rest.';
    expect(excerptOf(raw, 'md')).toEqual({ markdown: 'First **bold** paragraph.\n\nSecond [link](https://example.org).', text: 'First bold paragraph. Second link.' });
  });

  it('takes the text before {/* more */} in MDX', () => {
    expect(excerptOf('Intro here.\n\n{/* more */}\n\nRest.', 'mdx').markdown).toBe('Intro here.');
  });

  it('falls back to the description, then to the first paragraph', () => {
    expect(excerptOf('## Heading\n\nBody text.', 'md', 'A summary.')).toEqual({ markdown: 'A summary.', text: 'A summary.' });
    expect(excerptOf('## Heading\n\nBody `code` text.\n\nMore.', 'md')).toEqual({ markdown: 'Body `code` text.', text: 'Body code text.' });
  });

  it('estimates reading time without counting code', () => {
    expect(readingMinutes('word '.repeat(460))).toBe(2);
    expect(readingMinutes('short')).toBe(1);
    expect(readingMinutes(`hi\n\n\`\`\`\n${'x '.repeat(2000)}\n\`\`\``)).toBe(1);
  });
});
