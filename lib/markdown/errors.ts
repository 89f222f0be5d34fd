import { codeFrameColumns } from '@babel/code-frame';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_DIR } from '../content/source';

/** A problem in a content file, positioned in the body (1-based, frontmatter not counted). */
export type BodyProblem = { reason: string; line?: number; column?: number };

/** A content problem as editors see it: `content/path.md:LINE:COL  message` and a code frame of the file. */
export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
  }
}

/**
 * Formats problems found while compiling a body as positions in the file itself:
 * the frontmatter's lines are added, so the numbers match what an editor shows.
 */
export function formatProblems(sourceFilePath: string, bodyLineOffset: number, problems: BodyProblem[]): string {
  const file = `${CONTENT_DIR}/${sourceFilePath}`;
  let fileText = '';
  try {
    fileText = readFileSync(path.join(process.cwd(), file), 'utf8');
  } catch {
    // Without the file there is no code frame; the position is still given.
  }
  return problems
    .map(({ reason, line, column }) => {
      if (line === undefined) return `${file}  ${reason}`;
      const fileLine = line + bodyLineOffset;
      const frame = fileText
        ? `\n${codeFrameColumns(fileText, { start: { line: fileLine, column } }, { linesAbove: 1, linesBelow: 1 })}`
        : '';
      return `${file}:${fileLine}:${column ?? 1}  ${reason}${frame}`;
    })
    .join('\n\n');
}
