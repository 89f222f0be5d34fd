import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { FrontmatterProblem } from '../content/frontmatter';
import { INVISIBLE } from './report';
import { CONTENT_DIR } from '../content/source';

/** A name holding a control or text-direction character: it reads differently than it is. */
const UNSAFE_NAME = new RegExp(INVISIBLE.source, 'u');
/** Characters that do not survive in a URL path: the name would make a broken route. */
const URL_BREAKING = /[\s#?%\\]/;

export function nameProblem(name: string): string | null {
  if (UNSAFE_NAME.test(name)) return `The name ${JSON.stringify(name)} contains control or text-direction characters: rename it`;
  // `..md` would make the route /docs/x/../, `.md` an empty segment; hidden files are not content.
  if (name.startsWith('.'))
    return `The name ${JSON.stringify(name)} starts with "."; content file and folder names start with a letter or digit`;
  if (URL_BREAKING.test(name)) return `The name ${JSON.stringify(name)} contains a space or one of # ? % \\, which break URLs: use - or _`;
  return null;
}

/**
 * Every file under content/, found without following links: a symbolic link is refused (it
 * could point at / or /etc/passwd, and contentlayer would follow it), as is anything that is
 * not a plain file or folder, or a name that makes a broken or misleading route. Runs before any
 * content is read, and before contentlayer starts.
 */
export function readContentTree(dir: string = CONTENT_DIR): { files: string[]; problems: FrontmatterProblem[] } {
  const files: string[] = [];
  const problems: FrontmatterProblem[] = [];
  const problem = (file: string, message: string) => problems.push({ file, line: 1, column: 1, message });
  // readdir does not follow symbolic links, even recursively; they are reported, never read.
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    const bad = nameProblem(entry.name);
    if (bad) problem(file, bad);
    else if (entry.isSymbolicLink())
      problem(file, 'A symbolic link: content/ holds only real files and folders (links are never followed); copy the file instead');
    else if (entry.isFile()) files.push(file);
    else if (!entry.isDirectory()) problem(file, 'Not a regular file or folder: remove it');
  }
  return { files: files.sort(), problems };
}
