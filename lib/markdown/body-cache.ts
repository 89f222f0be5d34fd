/**
 * Processed bodies on disk, by content hash: a rebuild, the check and every page worker read a
 * body's result instead of running the pipeline again. In node_modules/.cache/, which Vercel
 * keeps between builds. The key covers the body, its path, the pipeline's own code and the data
 * it reads (redirects, synced versions, site config, packages, images, the reference pages examples
 * link into), so a change to any of them misses the cache instead of serving a stale page.
 */
import { createHash, type Hash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_DIR } from '../content/source';
import type { BodyInput, ProcessedBody } from './pipeline';
import { REFERENCE_PAGES } from './reference-files';

const ROOT = path.join(process.cwd(), 'node_modules', '.cache', 'bodies');
/** Everything besides the body that decides the pipeline's output (body-cache.test.ts holds it to the pipeline's imports). */
export const INPUTS = [
  'lib/markdown',
  'lib/content',
  'lib/sync/upstream.ts',
  'site.config.ts',
  'package-lock.json',
  'content/redirects.yaml',
  'lib/generated/docs-sources.json',
];
/** The reference pages examples link into (reference.ts), in every docs version: a heading renamed there changes other pages' links. */
function referenceFiles(): string[] {
  const root = path.join(process.cwd(), CONTENT_DIR, 'docs', 'prometheus');
  let versions: string[] = [];
  try {
    versions = readdirSync(root).sort();
  } catch {
    // No Prometheus docs synced: examples link nowhere.
  }
  return versions.flatMap((version) => Object.values(REFERENCE_PAGES).map((page) => path.join(root, version, page)));
}
/** Images give their sizes to the tree (image-dimensions.ts): where they are, and how to know one changed. */
const IMAGE_DIRS = ['content', 'public'];
const IMAGE = /\.(png|jpe?g|gif|webp|avif|svg)$/i;
/** An image's size in bytes and its start, where its dimensions are: enough to see it replaced, cheap to read. */
const IMAGE_HEAD_BYTES = 64 * 1024;

function imageFingerprint(hash: Hash, file: string): void {
  const head = Buffer.alloc(IMAGE_HEAD_BYTES);
  const descriptor = openSync(file, 'r');
  try {
    hash.update(`${file}\0${fstatSync(descriptor).size}\0`).update(head.subarray(0, readSync(descriptor, head, 0, head.length, 0)));
  } finally {
    closeSync(descriptor);
  }
}

function filesOf(entry: string): string[] {
  try {
    return readdirSync(entry, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && !e.name.includes('.test.'))
      .map((e) => path.join(e.parentPath, e.name))
      .sort();
  } catch {
    // A file, or missing (no redirects yet): hashed as it is, or as nothing.
    return [entry];
  }
}

let version: string | undefined;
/** A hash of the pipeline's code and inputs: one cache folder per version. */
function pipelineVersion(): string {
  if (version) return version;
  const hash = createHash('sha256');
  for (const file of [...INPUTS.flatMap((entry) => filesOf(path.join(process.cwd(), entry))), ...referenceFiles()]) {
    hash.update(file);
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('missing');
    }
  }
  for (const file of IMAGE_DIRS.flatMap((entry) => filesOf(path.join(process.cwd(), entry))).filter((f) => IMAGE.test(f)))
    imageFingerprint(hash, file);
  return (version = hash.digest('hex').slice(0, 16));
}

const folder = () => path.join(ROOT, pipelineVersion());

/** What the check needs of a processed body: kept in a file of its own, a few KB where the whole result is up to 2 MB. */
export type BodyCheck = Pick<ProcessedBody, 'problems' | 'warnings' | 'links' | 'ids'>;

const keyOf = ({ raw, format, sourceFilePath }: BodyInput) =>
  createHash('sha256').update(`${format}\0${sourceFilePath}\0${raw}`).digest('hex');

/** The body's key, and its processed result when the disk has it. */
export function cachedBody(input: BodyInput): { key: string; value?: ProcessedBody } {
  const key = keyOf(input);
  try {
    return { key, value: JSON.parse(readFileSync(path.join(folder(), `${key}.json`), 'utf8')) as ProcessedBody };
  } catch {
    return { key };
  }
}

/** The check's part of a cached body, when the disk has it: a warm check reads only these. */
export function cachedCheck(input: BodyInput): BodyCheck | undefined {
  try {
    return JSON.parse(readFileSync(path.join(folder(), `${keyOf(input)}.check.json`), 'utf8')) as BodyCheck;
  } catch {
    return undefined;
  }
}

/** Written whole, then renamed, so a reader in another process never sees half of it. */
function writeWhole(file: string, value: unknown): void {
  const partial = `${file}.${process.pid}`;
  writeFileSync(partial, JSON.stringify(value));
  renameSync(partial, file);
}

/** Stores a result, and then its check part: where the check part is, the whole result is too. */
export function storeBody(key: string, body: ProcessedBody): ProcessedBody {
  mkdirSync(folder(), { recursive: true });
  writeWhole(path.join(folder(), `${key}.json`), body);
  const { problems, warnings, links, ids } = body;
  writeWhole(path.join(folder(), `${key}.check.json`), { problems, warnings, links, ids } satisfies BodyCheck);
  return body;
}

/** A value the pipeline reads besides the body (a reference page, parsed), kept with this pipeline version's bodies: computed once per build, not once per process. */
export function cachedValue<T>(name: string, compute: () => T): T {
  const file = path.join(folder(), `${name}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    const value = compute();
    mkdirSync(folder(), { recursive: true });
    writeWhole(file, value);
    return value;
  }
}

/** Removes the results of earlier pipeline versions: they can never be read again. */
export function pruneOldBodies(): void {
  let entries: string[] = [];
  try {
    entries = readdirSync(ROOT);
  } catch {
    return;
  }
  for (const entry of entries) if (entry !== pipelineVersion()) rmSync(path.join(ROOT, entry), { recursive: true, force: true });
}
