import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readYaml, splitFrontmatter } from './yaml';

/** Every Markdown file under a folder. */
function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => path.join(dir, file));
}

/** contentlayer2's own reading of a file (@contentlayer2/source-files: gray-matter with `yaml.parse`). */
function contentlayerReads(text: string): { data: unknown; body: string } {
  // gray-matter memoises by text: a fresh object each call keeps the cases apart.
  const file = matter({ content: text }, { engines: { yaml: (source: string) => parse(source) as object } });
  return { data: file.data, body: file.content };
}

describe('frontmatter', () => {
  it('is read as contentlayer2 reads it, for every content file and fixture', () => {
    const files = [...markdownFiles('content'), ...markdownFiles('e2e/fixtures')];
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const split = splitFrontmatter(text);
      if (split?.problem) continue;
      const theirs = contentlayerReads(text);
      expect({ file, data: (split ? readYaml(split.yaml) : null) ?? {} }).toEqual({ file, data: theirs.data });
      expect({ file, body: text.slice(split?.head.length ?? 0) }).toEqual({ file, body: theirs.body });
    }
  });

  it('keeps dates as text, as contentlayer2 does', () => {
    const split = splitFrontmatter('---\ncreated_at: 2024-05-01\n---\nBody\n');
    expect(readYaml(split?.yaml ?? '')).toEqual({ created_at: '2024-05-01' });
    expect(contentlayerReads('---\ncreated_at: 2024-05-01\n---\nBody\n').data).toEqual({ created_at: '2024-05-01' });
  });

  it('refuses the fences gray-matter would read another way', () => {
    // gray-matter evaluates `---js` blocks as JavaScript.
    expect(splitFrontmatter('---js\n{ title: process.exit(1) }\n---\nBody\n')?.problem).toEqual({ line: 1, message: 'The frontmatter starts with "---js": start it with a line of just ---' });
    expect(splitFrontmatter('---\ntitle: A\n---- \nBody\n')?.problem).toEqual({ line: 3, message: '"---- " closes the frontmatter: close it with a line of just ---' });
    expect(splitFrontmatter('---\ntitle: A\n')?.problem).toEqual({ line: 1, message: 'The frontmatter block has no closing --- line' });
    expect(splitFrontmatter('----\ntitle: A\n----\n')).toBeNull();
  });

  it('finds the block with Windows line ends and when it is empty', () => {
    expect(splitFrontmatter('---\r\ntitle: A\r\n---\r\nBody\r\n')).toEqual({ yaml: 'title: A', head: '---\r\ntitle: A\r\n---\r\n', problem: null });
    expect(splitFrontmatter('---\n---\nBody\n')).toEqual({ yaml: '', head: '---\n---\n', problem: null });
  });
});
