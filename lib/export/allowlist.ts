// Which <script> and <link> elements a finished page keeps, which are Next's browser runtime (and
// go), and which are neither, which fails the build: a Next or React upgrade that renames a global
// or adds a new kind of tag, or a component that adds a script, is looked at instead of shipped.
import { DomUtils } from 'htmlparser2';
import { isNextScript, NEXT_PREFIX, sitePath } from './references';
import type { Attributes, Element } from './tree';

/** What the site itself puts on a page, as the build made it. */
export type SiteForms = {
  /** The site script's path (lib/generated/browser-script.ts): the one external script pages load. */
  siteScript: string;
  /** The exact text of every inline script the site writes (lib/site/inline-scripts.ts). */
  inlineScripts: readonly string[];
  /** The production URL: absolute URLs on it count as the site's own. */
  siteUrl: string;
};

/** keep: the site's own; next: Next's runtime, removed; otherwise why it is neither. */
export type Verdict = 'keep' | 'next' | { unknown: string };

/** Link relations the site emits or that cannot load script: styles, icons, feeds, canonical URL, connection hints. */
const KEPT_RELS = new Set([
  'stylesheet',
  'icon',
  'apple-touch-icon',
  'mask-icon',
  'alternate',
  'canonical',
  'manifest',
  'preconnect',
  'dns-prefetch',
  'prev',
  'next',
  'author',
  'license',
  'search',
]);
/** What a preload or prefetch may fetch and keep: never a script or a worker. */
const KEPT_PRELOADS = new Set(['style', 'font', 'image']);

/** Next's RSC payload: one JSON array, [1, text] or [3, base64], pushed onto self.__next_f. */
const RSC_CHUNK = /^self\.__next_f\.push\((\[[\s\S]*\])\)$/;
/** Next's RSC bootstrap, exactly as it writes it when there is no form state (always, in an export). */
const RSC_BOOTSTRAP = '(self.__next_f=self.__next_f||[]).push([0])';
/** Turbopack's chunk list: one JSON object pushed onto globalThis.TURBOPACK. */
const TURBOPACK_CHUNKS = /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\((\{[\s\S]*\})\);?$/;

function isJson(text: string, check: (value: unknown) => boolean = () => true): boolean {
  try {
    return check(JSON.parse(text));
  } catch {
    return false;
  }
}

/** An inline script that only hands data to Next's client runtime: positively Next's, whole text matched. */
function isNextInline(text: string): boolean {
  if (text === RSC_BOOTSTRAP) return true;
  const chunk = RSC_CHUNK.exec(text);
  if (chunk)
    return isJson(
      chunk[1],
      (value) => Array.isArray(value) && value.length === 2 && (value[0] === 1 || value[0] === 3) && typeof value[1] === 'string',
    );
  const turbopack = TURBOPACK_CHUNKS.exec(text);
  return turbopack !== null && isJson(turbopack[1], (value) => typeof value === 'object' && value !== null && !Array.isArray(value));
}

const attributeNames = (element: Element) => Object.keys(element.attribs);
const only = (element: Element, allowed: readonly string[]) => attributeNames(element).every((name) => allowed.includes(name));

/** The verdict on a <script>: the site script, the head scripts by exact text, JSON-LD, or Next's. */
export function scriptVerdict(element: Element, forms: SiteForms): Verdict {
  const attribs: Attributes = element.attribs;
  const type = (attribs.type ?? '').trim().toLowerCase();
  const src = attribs.src;
  if (src !== undefined) {
    if (src === forms.siteScript && type === 'module' && only(element, ['src', 'type'])) return 'keep';
    if (isNextScript(sitePath(src, '/', forms.siteUrl))) return 'next';
    return { unknown: 'a script from a source that is neither the site script nor Next' };
  }
  const text = DomUtils.textContent(element);
  if (type === 'application/ld+json')
    return only(element, ['type']) && isJson(text) ? 'keep' : { unknown: 'JSON-LD that is not one JSON value, or with other attributes' };
  if (type !== '') return { unknown: `a script of type "${type}"` };
  if (forms.inlineScripts.includes(text))
    return attributeNames(element).every((name) => name.startsWith('data-'))
      ? 'keep'
      : { unknown: 'a site inline script with attributes other than data-*' };
  if (isNextInline(text)) return 'next';
  return { unknown: 'an inline script that is neither one of lib/site/inline-scripts.ts nor Next data' };
}

/** The verdict on a <link>: styles, fonts, icons, feeds and the like stay; Next's script and stylesheet preloads go. */
export function linkVerdict(element: Element, forms: SiteForms): Verdict {
  const attribs: Attributes = element.attribs;
  const rels = (attribs.rel ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const as = (attribs.as ?? '').trim().toLowerCase();
  const href = attribs.href;
  const target = href === undefined ? undefined : sitePath(href, '/', forms.siteUrl);
  if (rels.includes('modulepreload') || ((rels.includes('preload') || rels.includes('prefetch')) && as === 'script')) {
    return isNextScript(target) && rels.length === 1 ? 'next' : { unknown: 'a script preload that is not of a Next chunk' };
  }
  // Next preloads the CSS of boundaries a page does not render (the 404 page's) for its client-side navigation, which exported pages never do.
  if (rels.length === 1 && rels[0] === 'preload' && as === 'style' && target?.startsWith(NEXT_PREFIX) && target.endsWith('.css'))
    return 'next';
  if (rels.length === 0) return { unknown: 'a link without rel' };
  for (const rel of rels) {
    if (rel === 'preload' || rel === 'prefetch') {
      if (!KEPT_PRELOADS.has(as)) return { unknown: `a ${rel} of "${as}"` };
    } else if (!KEPT_RELS.has(rel)) {
      return { unknown: `a link of rel "${rel}"` };
    }
  }
  return 'keep';
}
