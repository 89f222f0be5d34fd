import { describe, expect, it } from 'vitest';
import { CONTENT_LIMITS, scanLimits } from './limits';

const lines = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join('\n');

describe('scanLimits', () => {
  it('accepts nesting up to the limits, and real-world shapes', () => {
    expect(scanLimits(`${'- '.repeat(CONTENT_LIMITS.markdownDepth)}x`)).toEqual([]);
    expect(scanLimits(`${'<div>'.repeat(CONTENT_LIMITS.htmlDepth)}x`)).toEqual([]);
    // Void elements, elements whose end tag is optional, tags in code and comments do not nest.
    expect(scanLimits(lines(100, () => '<br><img src="x.png" alt="x"><p>para<li>item'))).toEqual([]);
    expect(scanLimits(`\`\`\`html\n${'<div>'.repeat(100)}\n\`\`\`\n\n\`${'<b>'.repeat(40)}\`\n\n<!--\n${'<div>'.repeat(100)}\n-->`)).toEqual([]);
    // Deep indentation inside a fence is code, not nesting.
    expect(scanLimits(`\`\`\`yaml\n${' '.repeat(200)}- x\n\`\`\``)).toEqual([]);
    // Indented code, as the PromQL operator docs write their grammar, is text too.
    expect(scanLimits(`Written as:\n\n${lines(40, () => '    <vector expr> <bin-op> on(<label list>) <vector expr>')}\n\nAfter.`)).toEqual([]);
  });

  it('reports the first line over each limit, with its column', () => {
    expect(scanLimits(`Intro\n\n${'- '.repeat(33)}x`)).toEqual([{ line: 3, column: 1, message: expect.stringContaining('nest deeper than 32 levels here (33 marker(s)') as string }]);
    expect(scanLimits(`${'>'.repeat(40)} quote`)).toEqual([{ line: 1, column: 1, message: expect.stringContaining('(40 marker(s) after 0 columns') as string }]);
    expect(scanLimits(lines(40, (i) => `${' '.repeat(2 * i)}- level`))[0]).toMatchObject({ line: 33, column: 65 });
    expect(scanLimits(`x\n${'<section>'.repeat(33)}`)).toEqual([{ line: 2, column: 289, message: expect.stringContaining('HTML elements nest deeper than 32 levels') as string }]);
    // Indented under a list item it is the item's content, not code: it counts.
    expect(scanLimits(`- item\n\n    ${'<section>'.repeat(33)}`)).toEqual([{ line: 3, column: 293, message: expect.stringContaining('HTML elements nest deeper') as string }]);
  });

  it('refuses a file over the size limit without scanning it', () => {
    const [problem] = scanLimits('x'.repeat(CONTENT_LIMITS.fileBytes + 1));
    expect(problem.message).toBe('The file is 1024 KB; content files may be at most 1024 KB: split it into several pages');
  });
});
