import { codeFrameColumns } from '@babel/code-frame';
import type { FrontmatterProblem } from '../content/frontmatter';

/** Control (\p{Cc}: U+0000–U+001F, U+007F–U+009F) and text-direction characters: they can make a name read differently than it is. */
export const INVISIBLE = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** Text with INVISIBLE characters escaped (`\u202e`), so a file name cannot rewrite the terminal line. */
export function visible(text: string): string {
  return text.replace(INVISIBLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Prints content problems as editors read them, `content/file.md:LINE:COL  message` with a code
 * frame of the file when its text is known, and as annotations when running in GitHub Actions.
 */
export function printProblems(problems: FrontmatterProblem[], texts: ReadonlyMap<string, string> = new Map()): void {
  const github = process.env.GITHUB_ACTIONS === 'true';
  for (const p of [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column)) {
    const text = texts.get(p.file);
    const frame = text
      ? `\n${codeFrameColumns(text, { start: { line: p.line, column: p.column } }, { linesAbove: 1, linesBelow: 1 })}`
      : '';
    console.error(`${visible(p.file)}:${p.line}:${p.column}  ${visible(p.message)}${frame}\n`);
    // GitHub Actions turns this into an annotation on the changed file and line.
    if (github) console.log(`::error file=${visible(p.file)},line=${p.line},col=${p.column}::${visible(p.message.replace(/\r?\n/g, ' '))}`);
  }
}

/** Where a warning's file comes from, when another repository holds it (see upstreamLocation). */
type Origin = { webUrl: string; repoPath: string; version: { tag?: string } } | null;

/**
 * Prints warnings, which never fail the build. One in docs synced from another repository names
 * the repository, tag, file and line there, and links the line on the web.
 */
export function printWarnings(warnings: FrontmatterProblem[], originOf: (file: string) => Origin): void {
  const github = process.env.GITHUB_ACTIONS === 'true';
  for (const w of [...warnings].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column)) {
    const origin = originOf(w.file);
    const repository = origin ? origin.webUrl.replace(/^https:\/\/(github\.com\/)?/, '').replace(/\/blob\/.*$/, '') : '';
    const where = origin ? `${repository}@${origin.version.tag ?? 'fallback'} ${origin.repoPath}` : w.file;
    const link = origin ? `\n  ${origin.webUrl}#L${w.line}` : '';
    console.warn(`warning: ${visible(where)}:${w.line}:${w.column}  ${visible(w.message)}${link}`);
    if (github) console.log(`::warning title=${visible(where)}:${w.line}::${visible(w.message.replace(/\r?\n/g, ' '))}`);
  }
  if (warnings.length)
    console.warn(`${warnings.length} warning(s): they do not stop the build; those in synced docs are fixed in their own repositories.\n`);
}
