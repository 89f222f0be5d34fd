import { describe, expect, it } from 'vitest';
import { parseBlogFileName } from '../content/routes';
import { readingMinutes } from './reading-time';

describe('blog file names', () => {
  it('give the date and slug', () => {
    expect(parseBlogFileName('2025-07-28-prometheus-3-5-lts.md')).toEqual({
      year: '2025',
      month: '07',
      day: '28',
      slug: 'prometheus-3-5-lts',
    });
    expect(parseBlogFileName('2025-7-28-x.md')).toBeNull();
    expect(parseBlogFileName('notes.md')).toBeNull();
  });
});

describe('readingMinutes', () => {
  it('counts words at 230 a minute, at least one', () => {
    expect(readingMinutes('word '.repeat(460))).toBe(2);
    expect(readingMinutes('short')).toBe(1);
  });
});
