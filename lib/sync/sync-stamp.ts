/**
 * Whether `npm run sync-docs` would write what content/docs/ already holds, so that the check and
 * dev, which sync first, skip it (the real docs, 19 versions, take 6 s of CPU to write again). The
 * lock pins commits, so the output follows from the lock, the fallback, the sync's code and its
 * settings; a stamp keeps their hash with one of the files written (names, sizes, times), so a
 * file changed or removed since is written again. Kept in node_modules/.cache/.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const STAMP = path.join('node_modules', '.cache', 'sync-docs-stamp.json');
/** The lock, the fallback and the code of scripts/build/sync-docs.ts and what it imports (sync-stamp.test.ts holds it to them). */
export const SYNC_INPUTS = [
  'upstream',
  'scripts/build/sync-docs.ts',
  'lib/sync',
  'lib/content',
  'lib/collections',
  'lib/check',
  'lib/markdown',
  'site.config.ts',
  'contentlayer.config.ts',
];

/** Files under a folder (a file, or a missing path, is itself), sorted. */
function filesOf(entry: string): string[] {
  try {
    return readdirSync(entry, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.join(e.parentPath, e.name))
      .sort();
  } catch {
    return [entry];
  }
}

function inputsHash(settings: string): string {
  const hash = createHash('sha256').update(settings);
  for (const file of SYNC_INPUTS.flatMap(filesOf)) {
    hash.update(`\0${file}\0`);
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('missing');
    }
  }
  return hash.digest('hex');
}

function outputsHash(outputs: string[]): string {
  const hash = createHash('sha256');
  for (const file of outputs.flatMap(filesOf)) {
    try {
      const { size, mtimeMs } = statSync(file);
      hash.update(`${file}\0${size}\0${mtimeMs}\n`);
    } catch {
      hash.update(`${file}\0missing\n`);
    }
  }
  return hash.digest('hex');
}

type Stamp = { inputs: string; outputs: string };

/** True when the last sync had these settings and inputs, and its outputs are as it left them. */
export function syncIsCurrent(settings: string, outputs: string[]): boolean {
  try {
    const stamp = JSON.parse(readFileSync(STAMP, 'utf8')) as Stamp;
    return stamp.inputs === inputsHash(settings) && stamp.outputs === outputsHash(outputs);
  } catch {
    return false;
  }
}

/** Records a finished sync; only one that did what it was asked (a section that fell back because a repository was out of reach is tried again next time). */
export function rememberSync(settings: string, outputs: string[]): void {
  mkdirSync(path.dirname(STAMP), { recursive: true });
  writeFileSync(STAMP, JSON.stringify({ inputs: inputsHash(settings), outputs: outputsHash(outputs) } satisfies Stamp));
}
