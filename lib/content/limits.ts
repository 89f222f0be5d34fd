/**
 * Limits on content files, checked on the raw text before any parser sees it. Forks send content
 * and previews build it, so hostile input must fail fast with file and line, never stall a build:
 * Markdown parsing slows down sharply with nesting depth (10,000 nested list items took two
 * minutes), and the HTML and JSX trees are walked recursively further on.
 */
export const CONTENT_LIMITS = {
  /** Bytes in one content file; the largest prometheus.io page (the configuration reference) is about 210 KB. */
  fileBytes: 1024 * 1024,
  /** Nesting of Markdown lists and blockquotes; every 2 columns of indentation before a list marker or `>` count as a level. */
  markdownDepth: 32,
  /** Nesting of HTML (or MDX) elements that have end tags. */
  htmlDepth: 32,
} as const;

/** A problem in the raw text, positioned in it (1-based). */
export type LimitProblem = { line: number; column: number; message: string };

/** The problem with a file of `bytes` bytes, over CONTENT_LIMITS.fileBytes. */
export function sizeProblem(bytes: number): string {
  return `The file is ${(bytes / 1024).toFixed(0)} KB; content files may be at most ${CONTENT_LIMITS.fileBytes / 1024} KB: split it into several pages`;
}

/** Elements without content: they never nest. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose end tag is optional: the next sibling closes them, so they do not deepen the tree. */
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'colgroup', 'caption', 'rp', 'rt', 'rb', 'rtc']);
// Any indentation: fences inside list items are indented too.
const FENCE = /^[ \t]*(`{3,}|~{3,})/;
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9.-]*)(?:\s[^<>]*?)?(\/?)>/g;
const CODE_SPAN = /(`+)[^`]+?\1/g;

/** Columns of leading whitespace (a tab advances to the next multiple of 4) and where the text starts. */
function indentation(line: string): { columns: number; index: number } {
  let columns = 0;
  let index = 0;
  for (; index < line.length; index++) {
    if (line[index] === ' ') columns++;
    else if (line[index] === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return { columns, index };
}

/** How many list markers and blockquote markers open the line, after its indentation. */
function containerMarkers(line: string, start: number): number {
  let count = 0;
  let i = start;
  for (;;) {
    while (line[i] === ' ' || line[i] === '\t') i++;
    const char = line[i];
    if (char === '>') {
      count++;
      i++;
      continue;
    }
    const ordered = /^\d{1,9}[.)]/.exec(line.slice(i, i + 11));
    const width = char === '-' || char === '*' || char === '+' ? 1 : (ordered?.[0].length ?? 0);
    const after = line.at(i + width);
    if (width && (after === undefined || after === ' ' || after === '\t')) {
      count++;
      i += width;
      continue;
    }
    return count;
  }
}

/**
 * Checks a content file's text against CONTENT_LIMITS in one linear pass: its size, the nesting
 * of Markdown containers and the nesting of HTML elements (outside code fences, code spans and
 * comments). Reports at most one problem of each kind, at the first line that breaks the limit.
 */
export function scanLimits(text: string): LimitProblem[] {
  const bytes = Buffer.byteLength(text);
  if (bytes > CONTENT_LIMITS.fileBytes) return [{ line: 1, column: 1, message: sizeProblem(bytes) }];
  const problems: LimitProblem[] = [];
  let fence: string | null = null;
  let inComment = false;
  let markdownReported = false;
  let htmlReported = false;
  const open: string[] = [];
  // Indented code (`    <vector expr> <bin-op> …` in the PromQL docs) is text, like fenced code.
  let indentedCode = false;
  let previousBlank = true;
  let lastTopLevel = true;
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    const blank = line.trim() === '';
    const wasBlank = previousBlank;
    previousBlank = blank;
    if (!fence) {
      const { columns } = indentation(line);
      // CommonMark: it follows a blank line, outside any list (a list's paragraphs are indented too).
      indentedCode = columns >= 4 && !blank ? indentedCode || (wasBlank && lastTopLevel) : indentedCode && blank;
      if (indentedCode) continue;
      if (!blank) lastTopLevel = columns === 0 && containerMarkers(line, 0) === 0;
    }
    const fenceMatch = FENCE.exec(line);
    if (fence) {
      // Closed by a run of the same character at least as long.
      if (fenceMatch?.[1].startsWith(fence)) fence = null;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      continue;
    }
    const { columns, index } = indentation(line);
    const markers = containerMarkers(line, index);
    if (!markdownReported && markers > 0 && Math.floor(columns / 2) + markers > CONTENT_LIMITS.markdownDepth) {
      markdownReported = true;
      problems.push({ line: n + 1, column: index + 1, message: `Lists or blockquotes nest deeper than ${CONTENT_LIMITS.markdownDepth} levels here (${markers} marker(s) after ${columns} columns of indentation): flatten the structure` });
    }
    if (htmlReported) continue;
    let rest = line.replace(CODE_SPAN, (span) => ' '.repeat(span.length));
    // Comments may span lines; tags inside them are text.
    if (inComment) {
      const end = rest.indexOf('-->');
      if (end === -1) continue;
      inComment = false;
      rest = ' '.repeat(end + 3) + rest.slice(end + 3);
    }
    rest = rest.replace(/<!--[\s\S]*?-->/g, (comment) => ' '.repeat(comment.length));
    const commentStart = rest.indexOf('<!--');
    if (commentStart !== -1) {
      inComment = true;
      rest = rest.slice(0, commentStart);
    }
    for (const match of rest.matchAll(TAG)) {
      const [, closing, rawName, selfClosing] = match;
      const name = rawName.toLowerCase();
      if (VOID.has(name) || OPTIONAL_END.has(name) || selfClosing) continue;
      if (closing) {
        const at = open.lastIndexOf(name);
        if (at !== -1) open.length = at;
        continue;
      }
      open.push(name);
      if (open.length > CONTENT_LIMITS.htmlDepth) {
        htmlReported = true;
        problems.push({ line: n + 1, column: match.index + 1, message: `HTML elements nest deeper than ${CONTENT_LIMITS.htmlDepth} levels here (<${open.slice(-3).join('><')}>…): close them or flatten the structure` });
        break;
      }
    }
  }
  return problems;
}
