import { describe, expect, it } from 'vitest';
import { decodeParam, paginate, postTags, postYears } from './posts';

describe('blog lists', () => {
  it('have one empty page, no years and no tags without posts', () => {
    expect(paginate([], 5)).toEqual([[]]);
    expect(postYears([])).toEqual([]);
    expect(postTags([])).toEqual([]);
  });

  it('read a route param back as generateStaticParams wrote it', () => {
    expect(decodeParam('introducing-the-%40-modifier')).toBe('introducing-the-@-modifier');
    expect(decodeParam('introducing-the-@-modifier')).toBe('introducing-the-@-modifier');
    expect(decodeParam('gr%C3%B6%C3%9Fe')).toBe('größe');
  });
});
