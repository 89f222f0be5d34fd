// What a finished page loads, checked against the Content-Security-Policy the site sends: a resource
// the browser would block (an http: image, a data: URL, a frame from a host the policy does not name)
// fails the build naming page and element, instead of a page that is quietly broken on the live site.
// Inline scripts are checked by hash in lib/export/inline-script-guard.ts.
import { DomUtils } from 'htmlparser2';
import { srcsetUrls } from './references';
import type { Attributes, Document, Element } from './tree';

/** A policy's directives: name → source expressions. */
export type Policy = ReadonlyMap<string, readonly string[]>;

export function parsePolicy(policy: string): Policy {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name.toLowerCase(), sources] as const),
  );
}

/** The fetch directives CSP falls back from to default-src. */
const FALLS_BACK = new Set([
  'script-src',
  'style-src',
  'img-src',
  'font-src',
  'connect-src',
  'frame-src',
  'media-src',
  'object-src',
  'manifest-src',
  'worker-src',
]);

function sourcesFor(policy: Policy, directive: string): readonly string[] | undefined {
  return policy.get(directive) ?? (FALLS_BACK.has(directive) ? policy.get('default-src') : undefined);
}

/** Whether `url` matches one source expression (the forms lib/deploy/headers.ts uses: 'self', 'none', a scheme, a URL prefix). */
function matches(source: string, url: URL, self: string): boolean {
  if (source === "'self'") return url.origin === self;
  if (source.startsWith("'")) return false;
  if (/^[a-z][a-z0-9+.-]*:$/i.test(source)) return url.protocol === source.toLowerCase();
  const expression = new URL(source);
  // A path ending in / matches everything under it; any other path matches itself only.
  const pathMatches = expression.pathname.endsWith('/')
    ? url.pathname.startsWith(expression.pathname)
    : url.pathname === expression.pathname;
  return url.origin === expression.origin && pathMatches;
}

/** The directive a <link> is fetched under, by its rel and `as`; null for links that fetch nothing. */
function linkDirective(rel: string, as: string | undefined): string | null {
  const rels = rel.toLowerCase().split(/\s+/);
  if (rels.includes('stylesheet')) return 'style-src';
  if (rels.includes('manifest')) return 'manifest-src';
  if (rels.some((value) => value === 'icon' || value === 'apple-touch-icon' || value === 'mask-icon')) return 'img-src';
  if (rels.includes('preload') || rels.includes('prefetch')) {
    const byAs: Record<string, string> = {
      font: 'font-src',
      image: 'img-src',
      style: 'style-src',
      script: 'script-src',
      fetch: 'connect-src',
      video: 'media-src',
      audio: 'media-src',
    };
    return byAs[as ?? ''] ?? 'default-src';
  }
  return null;
}

/** Each URL `element` fetches as the page loads, with the directive that governs it. */
function fetches(element: Element): [directive: string, url: string][] {
  const attribs: Attributes = element.attribs;
  const found: [string, string][] = [];
  const add = (directive: string, value: string | undefined) => {
    if (value !== undefined && value.trim() !== '') found.push([directive, value.trim()]);
  };
  const parent = element.parent && 'name' in element.parent ? element.parent.name : '';
  switch (element.name) {
    case 'img':
      add('img-src', attribs.src);
      for (const url of srcsetUrls(attribs.srcset ?? '')) add('img-src', url);
      break;
    case 'image':
      add('img-src', attribs.href ?? attribs['xlink:href']);
      break;
    case 'source':
      if (parent === 'picture') for (const url of srcsetUrls(attribs.srcset ?? '')) add('img-src', url);
      else add('media-src', attribs.src);
      break;
    case 'video':
      add('media-src', attribs.src);
      add('img-src', attribs.poster);
      break;
    case 'audio':
    case 'track':
      add('media-src', attribs.src);
      break;
    case 'iframe':
    case 'frame':
      add('frame-src', attribs.src);
      break;
    case 'object':
      add('object-src', attribs.data);
      break;
    case 'embed':
      add('object-src', attribs.src);
      break;
    case 'script':
      add('script-src', attribs.src);
      break;
    case 'link': {
      const directive = linkDirective(attribs.rel ?? '', attribs.as);
      if (directive) add(directive, attribs.href);
      for (const url of srcsetUrls(attribs.imagesrcset ?? '')) add('img-src', url);
      break;
    }
    case 'base':
      add('base-uri', attribs.href);
      break;
    case 'form':
      add('form-action', attribs.action);
      break;
  }
  return found;
}

/**
 * What `document`, served at `pageUrl`, would ask for that `policy` blocks: one line per element,
 * naming the element, the URL and the directive.
 */
export function blockedResources(document: Document, pageUrl: string, policy: Policy): string[] {
  const self = new URL(pageUrl).origin;
  const problems: string[] = [];
  for (const element of DomUtils.findAll(() => true, document.children)) {
    for (const [directive, raw] of fetches(element)) {
      let url: URL;
      try {
        url = new URL(raw, pageUrl);
      } catch {
        problems.push(`<${element.name}> asks for "${raw}", which is not a URL`);
        continue;
      }
      const sources = sourcesFor(policy, directive);
      // A directive the policy does not have (and that does not fall back) restricts nothing.
      if (sources === undefined || sources.some((source) => matches(source, url, self))) continue;
      problems.push(
        `<${element.name}> asks for ${url.href.slice(0, 120)}, which the Content-Security-Policy's ${directive} (${sources.join(' ')}) blocks`,
      );
    }
  }
  return problems;
}
