import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { imageSize } from 'image-size';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { CONTENT_DIR } from '../content/source';
import { ASSET_FILE } from '../content/upstream-files';

/** image-size's own limit: a JPEG's size can follow large EXIF or ICC blocks. */
const HEADER_BYTES = 512 * 1024;
const REMOTE = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;
/** A length in pixels as authors write it (`640`); `50%` and the like give no ratio to keep. */
const PIXELS = /^\d+(?:\.\d+)?$/;

export type ImageDimensionsOptions = {
  /** Where the site's static files are (`/assets/…`); default `public` in the working directory. */
  publicDir?: string;
  /** Where images beside the Markdown are read from; default `content` in the working directory. */
  contentDir?: string;
};

type Size = { width: number; height: number };

/** A width or height attribute as a number of pixels, if it is one. */
function pixels(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value : undefined;
  return typeof value === 'string' && PIXELS.test(value.trim()) && Number(value) > 0 ? Number(value) : undefined;
}

/** The file a site path names under `dir`, or null when the path would leave it. */
function inside(dir: string, pathname: string): string | null {
  const root = path.resolve(dir);
  const file = path.resolve(root, `.${pathname}`);
  return file.startsWith(`${root}${path.sep}`) ? file : null;
}

/**
 * Files a site path can be, in order. Raster images beside the Markdown are read from content/,
 * because the check runs before scripts/build/content.ts copies them to public/; SVG is served from
 * public/ only (content SVGs are refused: an SVG can run script).
 */
function candidates(pathname: string, options: Required<ImageDimensionsOptions>): string[] {
  const files = ASSET_FILE.test(pathname)
    ? [inside(options.contentDir, pathname), inside(options.publicDir, pathname)]
    : [inside(options.publicDir, pathname)];
  return files.filter((file): file is string => file !== null);
}

/** The first bytes of a file, or null if it is missing or a folder (the link check reports those). */
function header(files: string[]): Buffer | null {
  for (const file of files) {
    let fd: number;
    try {
      fd = openSync(file, 'r');
    } catch {
      continue;
    }
    try {
      const stats = fstatSync(fd);
      if (!stats.isFile()) continue;
      const bytes = Buffer.alloc(Math.min(stats.size, HEADER_BYTES));
      readSync(fd, bytes, 0, bytes.length, 0);
      return bytes;
    } finally {
      closeSync(fd);
    }
  }
  return null;
}

/** The size an image is shown at: browsers turn JPEGs by their EXIF orientation (5–8 swap the sides). */
function displayedSize(bytes: Buffer): Size {
  const { width, height, orientation } = imageSize(bytes);
  if (!(width > 0 && height > 0)) throw new Error('its header gives no size');
  return orientation !== undefined && orientation >= 5 ? { width: height, height: width } : { width, height };
}

/** A site path without query, fragment or percent-encoding, or null for a remote or relative source. */
function sitePath(src: string): string | null {
  if (!src.startsWith('/') || src.startsWith('//')) return null;
  const [pathname] = src.split(/[?#]/, 1);
  try {
    return decodeURI(pathname);
  } catch {
    return pathname;
  }
}

function warn(file: VFile, node: Element, reason: string): void {
  // Not fatal: the page works; the check lists it among its warnings.
  file.message(reason, { place: node.position, ruleId: 'image-size', source: 'content' });
}

/**
 * Gives every content image its size, read from the file's header at build time, so the browser
 * reserves its box before the image arrives and the page does not move (CLS). Neither width nor
 * height given: both are the image's; one given: the other keeps the image's ratio; both: left
 * alone. Runs after rehypeLinks, which turns sources into site paths. Remote images cannot be
 * read: a warning asks for their size; a missing local file is the link check's error.
 */
export function rehypeImageDimensions(options: ImageDimensionsOptions = {}) {
  const dirs: Required<ImageDimensionsOptions> = {
    publicDir: options.publicDir ?? 'public',
    contentDir: options.contentDir ?? CONTENT_DIR,
  };
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'img' || typeof node.properties.src !== 'string') return;
      const src = node.properties.src;
      const given = { width: node.properties.width, height: node.properties.height };
      if (given.width !== undefined && given.height !== undefined) return;
      if (REMOTE.test(src)) {
        warn(
          file,
          node,
          `Image ${src} is on another site: its size cannot be read at build time, so the page moves when it arrives. Give it width and height, e.g. <img src="${src}" alt="…" width="800" height="450">, or save it beside the Markdown`,
        );
        return;
      }
      const pathname = sitePath(src);
      const bytes = pathname === null ? null : header(candidates(pathname, dirs));
      if (bytes === null) return;
      let size: Size;
      try {
        size = displayedSize(bytes);
      } catch (error) {
        warn(
          file,
          node,
          `Cannot read the size of ${src} (${error instanceof Error ? error.message : String(error)}): save it as PNG, JPEG, GIF or WebP, or give it width and height`,
        );
        return;
      }
      const width = pixels(given.width);
      const height = pixels(given.height);
      if (given.width === undefined && given.height === undefined) {
        node.properties.width = size.width;
        node.properties.height = size.height;
      } else if (width !== undefined) {
        node.properties.height = Math.round((width * size.height) / size.width);
      } else if (height !== undefined) {
        node.properties.width = Math.round((height * size.width) / size.height);
      }
    });
  };
}
