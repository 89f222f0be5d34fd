import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Element, Properties, Root } from 'hast';
import { h } from 'hastscript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { rehypeImageDimensions } from './image-dimensions';

// Image headers built byte by byte: the reader needs no more than the first bytes of a file.
const u16be = (n: number) => [n >> 8, n & 0xff];
const u16le = (n: number) => [n & 0xff, n >> 8];
const u24le = (n: number) => [n & 0xff, (n >> 8) & 0xff, n >> 16];
const u32be = (n: number) => [n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));

const png = (width: number, height: number) =>
  Buffer.from([
    0x89,
    ...ascii('PNG\r\n\x1a\n'),
    ...u32be(13),
    ...ascii('IHDR'),
    ...u32be(width),
    ...u32be(height),
    8,
    6,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
  ]);
const gif = (width: number, height: number) => Buffer.from([...ascii('GIF89a'), ...u16le(width), ...u16le(height), 0, 0, 0]);
const webp = (width: number, height: number) =>
  Buffer.from([...ascii('RIFF'), 30, 0, 0, 0, ...ascii('WEBPVP8X'), 10, 0, 0, 0, 0, 0, 0, 0, ...u24le(width - 1), ...u24le(height - 1)]);
/** A baseline JPEG header: JFIF, or EXIF with an `orientation` (6: shown turned a quarter). */
function jpeg(width: number, height: number, orientation?: number): Buffer {
  const tiff = [
    ...ascii('MM'),
    0,
    42,
    ...u32be(8),
    ...u16be(1),
    ...u16be(0x0112),
    ...u16be(3),
    ...u32be(1),
    ...u16be(orientation ?? 1),
    0,
    0,
    ...u32be(0),
  ];
  const app =
    orientation === undefined
      ? [0xff, 0xe0, ...u16be(16), ...ascii('JFIF'), 0, 1, 1, 0, ...u16be(1), ...u16be(1), 0, 0]
      : [0xff, 0xe1, ...u16be(2 + 6 + tiff.length), ...ascii('Exif'), 0, 0, ...tiff];
  const sof = [0xff, 0xc0, ...u16be(17), 8, ...u16be(height), ...u16be(width), 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  return Buffer.from([0xff, 0xd8, ...app, ...sof, 0xff, 0xd9]);
}
const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 260"><rect width="640" height="260"/></svg>';

let root: string;
let options: { publicDir: string; contentDir: string };

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'image-dimensions-'));
  options = { publicDir: path.join(root, 'public'), contentDir: path.join(root, 'content') };
  const files: Record<string, Buffer | string> = {
    'content/docs/guides/images/flow.png': png(1200, 800),
    'content/docs/guides/images/photo.jpg': jpeg(400, 300),
    'content/docs/guides/images/turned.jpg': jpeg(400, 300, 6),
    'content/docs/guides/images/loop.gif': gif(320, 200),
    'content/docs/guides/images/shot.webp': webp(1024, 768),
    'content/docs/guides/images/broken.png': 'not an image',
    'content/docs/guides/images/drawing.svg': svg,
    'public/assets/blog/diagram.svg': svg,
    'public/assets/blog/chart.png': png(800, 400),
    'secret.png': png(10, 10),
  };
  for (const [file, bytes] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), bytes);
  }
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs the plugin on one image; returns its properties and the file's messages. */
function run(properties: Properties) {
  const tree: Root = { type: 'root', children: [h('p', [h('img', { alt: 'x', ...properties })])] };
  const file = new VFile();
  rehypeImageDimensions(options)(tree, file);
  const img = (tree.children[0] as Element).children[0] as Element;
  return { width: img.properties.width, height: img.properties.height, messages: file.messages };
}

describe('rehypeImageDimensions', () => {
  it('gives images beside the Markdown their size, read from content/', () => {
    expect(run({ src: '/docs/guides/images/flow.png' })).toMatchObject({ width: 1200, height: 800, messages: [] });
    expect(run({ src: '/docs/guides/images/photo.jpg' })).toMatchObject({ width: 400, height: 300 });
    expect(run({ src: '/docs/guides/images/loop.gif' })).toMatchObject({ width: 320, height: 200 });
    expect(run({ src: '/docs/guides/images/shot.webp' })).toMatchObject({ width: 1024, height: 768 });
  });

  it('swaps the sides of a JPEG that its EXIF orientation turns, as browsers show it', () => {
    expect(run({ src: '/docs/guides/images/turned.jpg' })).toMatchObject({ width: 300, height: 400 });
  });

  it('reads /assets/ from public/, SVG included, ignoring a query, a fragment and percent-encoding', () => {
    expect(run({ src: '/assets/blog/chart.png?v=2#top' })).toMatchObject({ width: 800, height: 400 });
    expect(run({ src: '/assets/blog/diagram.svg' })).toMatchObject({ width: 640, height: 260 });
    expect(run({ src: '/assets/blog/%63hart.png' })).toMatchObject({ width: 800, height: 400 });
  });

  it('never reads an SVG from content/ (it is not served) nor a file outside the two folders', () => {
    expect(run({ src: '/docs/guides/images/drawing.svg' })).toEqual({ width: undefined, height: undefined, messages: [] });
    expect(run({ src: '/../secret.png' })).toEqual({ width: undefined, height: undefined, messages: [] });
  });

  it('keeps the ratio when the author gave one side, and leaves both sides or a percentage alone', () => {
    expect(run({ src: '/docs/guides/images/flow.png', width: 600 })).toMatchObject({ width: 600, height: 400 });
    expect(run({ src: '/docs/guides/images/flow.png', height: '200' })).toMatchObject({ width: 300 });
    expect(run({ src: '/docs/guides/images/flow.png', width: 10, height: 10 })).toMatchObject({ width: 10, height: 10 });
    expect(run({ src: '/docs/guides/images/flow.png', width: '50%' })).toMatchObject({ width: '50%', height: undefined });
  });

  it('leaves a missing file to the link check: no size, no message', () => {
    expect(run({ src: '/docs/guides/images/gone.png' })).toEqual({ width: undefined, height: undefined, messages: [] });
  });

  it('warns, without failing, about remote images without a size and files it cannot read', () => {
    for (const src of ['https://example.com/x.png', '//example.com/x.png']) {
      const { width, messages } = run({ src });
      expect(width).toBeUndefined();
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatchObject({ ruleId: 'image-size', fatal: false });
      expect(messages[0].reason).toContain('width and height');
    }
    expect(run({ src: 'https://example.com/x.png', width: 800, height: 450 }).messages).toEqual([]);
    const broken = run({ src: '/docs/guides/images/broken.png' });
    expect(broken.width).toBeUndefined();
    expect(broken.messages).toHaveLength(1);
    expect(broken.messages[0]).toMatchObject({ ruleId: 'image-size', fatal: false });
  });
});
