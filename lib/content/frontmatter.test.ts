import { describe, expect, it } from 'vitest';
import { checkFrontmatter, globToRegExp, type CollectionSpec, type FieldSpec } from './frontmatter';
import { collectionSpecs } from '../collections/schema';

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

const provider: CollectionSpec = {
  name: 'Provider',
  filePathPattern: 'support/*.yaml',
  fields: { name: { type: 'string', required: true }, offers: { type: 'list', of: { type: 'enum', options: ['support', 'training'] }, required: true }, logo: { type: 'string' } },
};

describe('data files (YAML)', () => {
  it('are checked field by field, with the line in the file', () => {
    expect(checkFrontmatter('content/support/a.yaml', 'name: A\noffers: [support]\n', [provider])).toEqual([]);
    expect(checkFrontmatter('content/support/a.yaml', 'name: A\noffers: [support, free-lunch]\nlogo_url: x\n', [provider]).map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '2:9 "offers" must be a list of: support, training, got the list ["support","free-lunch"]',
      '3:1 Unknown field "logo_url" for a Provider; allowed: name, offers, logo',
    ]);
    const missing = checkFrontmatter('content/support/a.yaml', 'offers: [training]\n', [provider], { logo: () => 'never called' });
    expect(missing.map((p) => p.message)).toEqual(['Missing required field "name" for a Provider']);
  });
});

describe('checkFrontmatter', () => {
  it('accepts prometheus.io frontmatter unchanged', () => {
    expect(checkFrontmatter('content/docs/a.md', '---\ntitle: A\nsort_rank: 2\nhide_in_nav: true\n---\nBody', collections)).toEqual([]);
    expect(checkFrontmatter('content/blog/2024-01-02-x.md', '---\ntitle: X\ncreated_at: 2024-01-02\n---\n', collections)).toEqual([]);
  });

  it('names the line and column of unknown fields, with a suggestion', () => {
    expect(checkFrontmatter('content/docs/a.md', '---\ntitle: A\nsort-rank: 2\n---\n', collections)).toEqual([
      { file: 'content/docs/a.md', line: 3, column: 1, message: expect.stringContaining('Unknown field "sort-rank" for a Doc (did you mean "sort_rank"?)') as string },
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

describe('hostile frontmatter', () => {
  const limited: CollectionSpec[] = [{ name: 'Doc', filePathPattern: 'docs/**/*.{md,mdx}', fields: { title: { type: 'string', required: true, maxLength: 120 }, tags: { type: 'list', of: { type: 'string' }, maxLength: 10 } } }];
  const check = (text: string) => checkFrontmatter('content/docs/a.md', text, limited).map((p) => `${p.line}:${p.column} ${p.message}`);

  it('refuses keys that name object machinery, at any depth, without crashing', () => {
    expect(check('---\n__proto__:\n  admin: true\ntitle: A\n---\n')).toEqual(['2:1 "__proto__" cannot be a field name']);
    expect(check('---\ntitle: A\nconstructor: 1\n---\n')).toEqual(['3:1 "constructor" cannot be a field name']);
    expect(check('---\ntitle:\n  prototype: x\n---\n')).toEqual(['3:3 "prototype" cannot be a field name']);
  });

  it('refuses a block another reader would take: gray-matter evaluates `---js` as JavaScript', () => {
    expect(check('---js\n{ title: require("child_process").execSync("id") }\n---\nBody\n')).toEqual(['1:1 The frontmatter starts with "---js": start it with a line of just ---']);
    expect(check('---\ntitle: A\n---js\nBody\n')).toEqual(['3:1 "---js" closes the frontmatter: close it with a line of just ---']);
  });

  it('refuses anchors and aliases, which can multiply a small file into a huge value', () => {
    const laughs = '---\ntitle: A\ntags: &a [lol, lol]\nnav: &b [*a, *a, *a]\n---\n';
    expect(check(laughs).every((p) => p.endsWith('YAML anchors and aliases (&name, *name) are not allowed: write the value out'))).toBe(true);
    expect(check(laughs)).toHaveLength(5);
  });

  it('limits text fields and each item of a list of text', () => {
    expect(check(`---\ntitle: ${'x'.repeat(121)}\n---\n`)).toEqual(['2:8 "title" may be at most 120 characters long, got 121']);
    expect(check(`---\ntitle: ${'é'.repeat(120)}\n---\n`)).toEqual([]);
    expect(check('---\ntitle: A\ntags: [short, much-too-long-tag]\n---\n')).toEqual(['3:7 Each item of "tags" may be at most 10 characters long, got 17']);
  });
});

describe('nested lists (download releases)', () => {
  const file: FieldSpec = { type: 'string', required: true };
  const release: FieldSpec = { type: 'list', of: { type: 'nested', def: () => ({ fields: { name: file, arch: { type: 'string', required: true } } }) } };
  const component: CollectionSpec = {
    name: 'Component',
    filePathPattern: 'downloads/*.yaml',
    fields: { name: file, releases: { type: 'list', of: { type: 'nested', def: () => ({ fields: { version: file, lts: { type: 'boolean' }, files: release } }) } } },
  };

  it('reports a bad release entry with its line, field and place in the list', () => {
    const text = 'name: Prometheus\nreleases:\n  - version: 3.5.0\n  - lts: "yes"\n    files:\n      - { name: a.tar.gz, arhc: amd64 }\n';
    expect(checkFrontmatter('content/downloads/prometheus.yaml', text, [component]).map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '4:10 "lts" must be a boolean, got the string "yes"',
      '6:27 Unknown field "arhc" for files[0] of releases[1] of a Component (did you mean "arch"?); allowed: name, arch',
      '6:9 Missing required field "arch" for files[0] of releases[1] of a Component',
      '4:5 Missing required field "version" for releases[1] of a Component',
    ]);
  });
});

describe('author lists (specifications)', () => {
  const check = (text: string) => checkFrontmatter('content/docs/specs/om.md', text, collectionSpecs()).map((p) => `${p.line}:${p.column} ${p.message}`);

  it('accepts the OpenMetrics specification’s shape: a list of people with role, ins, name, organization and email', () => {
    expect(check('---\ntitle: Spec\nauthor:\n- role: editor\n  ins: A. Editor\n  name: Ada Editor\n  organization: Example Labs\n  email: ada@example.org\n- name: Bo Writer\n---\nBody')).toEqual([]);
    expect(check('---\ntitle: Spec\nauthor:\n    - email: bo@example.org\n      ins: B. Writer\n      name: Bo Writer\n---\n')).toEqual([]);
  });

  it('reports a wrong shape with its line and what to write', () => {
    const fields = 'name, ins, role, organization, email';
    expect(check('---\ntitle: Spec\nauthor: Ada Editor\n---\n')).toEqual([`3:9 "author" must be a list of entries, each starting \`- name: …\` on its own line, with the fields ${fields}, got the string "Ada Editor"`]);
    expect(check('---\ntitle: Spec\nauthor:\n- Ada Editor\n- ins: B. Writer\n  organisation: Sample Inc.\n---\n')).toEqual([
      `4:3 author[0] of a Doc must be a mapping of fields (${fields}), each \`field: value\` on its own line`,
      `6:3 Unknown field "organisation" for author[1] of a Doc (did you mean "organization"?); allowed: ${fields}`,
      '5:3 Missing required field "name" for author[1] of a Doc',
    ]);
  });
});
