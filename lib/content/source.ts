import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Where contentlayer reads from; every source path in the site is relative to it. */
export const CONTENT_DIR = 'content';

/**
 * How many lines of a content file come before its body (the frontmatter block),
 * so that positions inside the body can be reported as lines of the file.
 */
export function bodyLineOffset(sourceFilePath: string, bodyRaw: string): number {
  const fileText = readFileSync(path.join(process.cwd(), CONTENT_DIR, sourceFilePath), 'utf8');
  if (!fileText.endsWith(bodyRaw)) throw new Error(`content/${sourceFilePath}: body does not match the file on disk`);
  const head = fileText.slice(0, fileText.length - bodyRaw.length);
  return head.split('\n').length - 1;
}
