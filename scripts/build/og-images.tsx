// Writes a social card (1200×630 PNG) for every built page that asks for one: the og:image path
// in its head, as scripts/build/postbuild.ts listed them in .next/og-cards.json. Title, section and our
// logo, in the self-hosted Inter font: no network needed. Runs after scripts/build/postbuild.ts.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { cacheDir } from '../../lib/deploy/cache-dir';
import type { CardJob } from '../../lib/export/hooks';
import { shard } from '../bench/shards';

const OUT = process.env.OUT_DIR ?? 'out';
const require = createRequire(import.meta.url);
const font = (weight: number) => readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));
const fonts = [
  { name: 'Inter', data: font(400), weight: 400 as const, style: 'normal' as const },
  { name: 'Inter', data: font(700), weight: 700 as const, style: 'normal' as const },
];
const LOGO = `data:image/svg+xml;base64,${Buffer.from(readFileSync('public/favicon.svg')).toString('base64')}`;

function card(title: string, section: string) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 72,
        background: '#1b1b1b',
        color: '#f4f4f4',
        fontFamily: 'Inter',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 20 }}>
        <img src={LOGO} width={72} height={72} alt="" />
        <span style={{ fontSize: 40, fontWeight: 700 }}>Prometheus</span>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 18 }}>
        <span style={{ fontSize: 30, color: '#fb8a3c' }}>{section}</span>
        <span style={{ fontSize: title.length > 48 ? 58 : 72, fontWeight: 700, lineHeight: 1.1 }}>{title}</span>
      </div>
      <div style={{ display: 'flex', height: 10, width: 240, background: '#c2410c', borderRadius: 5 }} />
    </div>
  );
}

// resvg frees a rendered image's pixels (1200×630×4 bytes) only when V8 collects the JS object
// that holds them, and V8, seeing a tiny heap, hardly ever does: 1,100 cards grew this process
// to 3.7 GB. So collect now and then (postbuild runs this with --expose-gc) and let the
// native finalizers run. Those objects die young: a minor GC frees them, and costs a fraction
// of a full one (a full one every 25 cards took a fifth of the CPU time).
const gc = (globalThis as { gc?: (options: { type: 'minor' }) => void }).gc;

// Rendering is CPU-bound: one process per core, each drawing the cards whose key is its own.
const { index, count, owns } = await shard();

// Cards by content: pages that share a title and section (the same page in older docs versions)
// share one drawing, and a rebuild draws only new ones. Kept where Vercel keeps build caches.
const CACHE = cacheDir('og-cards');
/** Changes when the drawing does: this script, the logo or the font package. */
const drawing = createHash('sha256')
  .update(readFileSync(fileURLToPath(import.meta.url)))
  .update(LOGO)
  .update(readFileSync(require.resolve('@fontsource/inter/package.json')))
  .digest('hex');
mkdirSync(CACHE, { recursive: true });

const jobs = JSON.parse(readFileSync('.next/og-cards.json', 'utf8')) as CardJob[];
let drawn = 0;
let copied = 0;
const done = new Set<string>();
for (const { image, title, section } of jobs) {
  // The URL is percent-encoded (a slug like `größe`); the file goes where the server decodes it to.
  const target = decodeURIComponent(new URL(image).pathname);
  const key = createHash('sha256').update(`${drawing}\0${title}\0${section}`).digest('hex');
  if (done.has(target) || !owns(key)) continue;
  done.add(target);
  const cached = path.join(CACHE, `${key}.png`);
  if (!existsSync(cached)) {
    const svg = await satori(card(title, section), { width: 1200, height: 630, fonts });
    // Satori has drawn the text as paths: resvg needs no fonts (loading the system's took a fifth of each card's time).
    // Written whole, then renamed: another build sharing the cache never reads half a card.
    const partial = `${cached}.${process.pid}.tmp`;
    writeFileSync(partial, new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng());
    renameSync(partial, cached);
    drawn++;
    if (gc && drawn % 25 === 0) {
      gc({ type: 'minor' });
      await new Promise((resolve) => setImmediate(resolve));
    }
  } else copied++;
  const destination = path.join(OUT, target);
  mkdirSync(path.dirname(destination), { recursive: true });
  copyFileSync(cached, destination);
}
console.log(`Social cards (shard ${index + 1} of ${count}): ${drawn} drawn, ${copied} from the card cache, in ${OUT}/og/.`);
