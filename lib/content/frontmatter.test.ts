import { describe, expect, it } from 'vitest';
import { checkFrontmatter, globToRegExp, type CollectionSpec } from './frontmatter';

const collections: CollectionSpec[] = [
  { name: 'Doc', filePathPattern: 'docs/**/*.{md,mdx}', fields: { title: { type: 'string', required: true }, sort_rank: { type: 'number' }, hide_in_nav: { type: 'boolean' } } },
  { name: 'Post', filePathPattern: 'blog/*.{md,mdx}', fields: { title: { type: 'string', required: true }, created_at: { type: 'date' } } },
];

describe('globToRegExp', () => {
  it('matches contentlayer patterns', () => {
    const docs = globToRegExp('docs/**/*.{md,mdx}');
    expect(docs.test('docs/index.md')).toBe(true);
    expect(docs.test('docs/a/b/c.mdx')).toBe(true);
    expect(docs.test('docs/a/b/c.txt')).toBe(false);
    expect(globToRegExp('blog/*.{md,mdx}').test('blog/x/y.md')).toBe(false);
  });
});

describe('checkFrontmatter', () => {
  it('accepts prometheus.io frontmatter unchanged', () => {
    expect(checkFrontmatter('content/docs/a.md', '---\ntitle: A\nsort_rank: 2\nhide_in_nav: true\n---\nBody', collections)).toEqual([]);
    expect(checkFrontmatter('content/blog/2024-01-02-x.md', '---\ntitle: X\ncreated_at: 2024-01-02\n---\n', collections)).toEqual([]);
  });

  it('names the line and column of unknown fields, with a suggestion', () => {
    expect(checkFrontmatter('content/docs/a.md', '---\ntitle: A\nsort-rank: 2\n---\n', collections)).toEqual([
      { file: 'content/docs/a.md', line: 3, column: 1, message: expect.stringContaining('Unknown field "sort-rank" for a Doc (did you mean "sort_rank"?)') },
    ]);
  });

  it('reports wrong types at the value and missing required fields', () => {
    const problems = checkFrontmatter('content/docs/a.md', '---\nsort_rank: first\n---\n', collections);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '2:12 "sort_rank" must be a number, got the string "first"',
      '1:1 Missing required field "title" for a Doc',
    ]);
    expect(checkFrontmatter('content/blog/2024-01-02-x.md', '---\ntitle: X\ncreated_at: last week\n---\n', collections)[0].message).toContain('must be a date');
  });

  it('reports YAML syntax errors and files outside every collection', () => {
    expect(checkFrontmatter('content/docs/a.md', '---\ntitle: [unclosed\n---\n', collections)[0].message).toMatch(/^Invalid YAML/);
    expect(checkFrontmatter('content/notes.md', 'hi', collections)[0].message).toContain('belongs to no collection');
  });
});
