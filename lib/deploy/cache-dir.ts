import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * A build cache folder, `node_modules/.cache/<name>` in the node_modules the build runs from: the
 * nearest one at or above the working directory. Vercel keeps that folder between builds; a copy of
 * the site built inside the repository (the e2e fixture build) shares the repository's.
 */
export function cacheDir(name: string, from = process.cwd()): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'node_modules'))) return path.join(dir, 'node_modules', '.cache', name);
    if (path.dirname(dir) === dir) return path.join(path.resolve(from), 'node_modules', '.cache', name);
  }
}
