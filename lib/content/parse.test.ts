import { describe, expect, it } from 'vitest';
import { parseBody } from './parse';

describe('parseBody', () => {
  it('parses GFM and gives the same tree to every field that asks for one body', () => {
    const body = '## Title\n\n| a | b |\n|---|---|\n| 1 | 2 |\n';
    const tree = parseBody(body, 'md');
    expect(tree?.children.map((node) => node.type)).toEqual(['heading', 'table']);
    expect(parseBody(body, 'md')).toBe(tree);
  });

  it('reads a body as MDX only when asked to', () => {
    expect(parseBody('{/* more */}\n', 'mdx')?.children[0].type).toBe('mdxFlowExpression');
    expect(parseBody('{/* more */}\n', 'md')?.children[0].type).toBe('paragraph');
  });

  it('gives no tree for a body that does not parse', () => {
    expect(parseBody('<Unclosed>\n\ntext\n', 'mdx')).toBeUndefined();
  });
});
