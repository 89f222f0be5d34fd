import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editorsGuide } from './editors-guide-text';
import { collectionSpecs } from '../collections/schema';

describe('EDITING.md', () => {
  const generated = editorsGuide(collectionSpecs());

  it('documents every field of every collection', () => {
    for (const field of ['nav_icon', 'sort_rank', 'hide_in_nav', 'created_at', 'draft', 'tags', 'offers', 'releases', 'sha256']) {
      expect(generated).toContain(`| \`${field}\` |`);
    }
  });

  it('is up to date with the schema (run npm run guide after changing it)', () => {
    expect(readFileSync('EDITING.md', 'utf8')).toBe(generated);
  });
});
