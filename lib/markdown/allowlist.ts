/**
 * The allowlist every content body passes through: the only HTML content can put on a page.
 * Forks send content and previews build it, so anything not listed here is removed by
 * hast-util-sanitize, and (so that nothing disappears silently) each removal is a content error
 * with file, line and column. The check and the renderer run this same plugin.
 */
import type { Element, ElementContent, ElementData, Nodes, Root, RootContent } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { h } from 'hastscript';
import { find, html } from 'property-information';
import type { VFile } from 'vfile';
import { CALLOUT_TYPES } from './callouts';
import { IFRAME_SOURCES } from './iframe-hosts';

/** Classes content may set on any element: Mantine's, to show an element in one colour scheme only. */
const SCHEME_CLASSES = ['mantine-dark-hidden', 'mantine-light-hidden'];
const classes = (...extra: (string | RegExp)[]): [string, ...(string | RegExp)[]] => ['className', ...SCHEME_CLASSES, ...extra];
/** The player URL's start, as a pattern for the schema. */
const IFRAME_SRC = new RegExp(
  `^(?:${IFRAME_SOURCES.map((s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})[\\w-]+(?:\\?[\\w=&;%-]*)?$`,
);
const NO_SPACE = /^\S+$/;
/** Fenced code's language, as remark-rehype writes it; Shiki reads it. */
const LANGUAGE_CLASS = /^language-/;
/** One size declaration: `width: 50%`, `margin-top: 20px`; nothing that moves, layers or loads. */
const SIZE_DECLARATION = String.raw`\s*(?:(?:max-)?(?:width|height)|margin(?:-(?:top|right|bottom|left))?)\s*:\s*(?:auto|0|\d+(?:\.\d+)?(?:px|%|r?em))\s*`;
/** `style` on images, as prometheus.io's pages size logos: size declarations only. */
const IMAGE_SIZE_STYLE = new RegExp(`^${SIZE_DECLARATION}(?:;${SIZE_DECLARATION})*;?\\s*$`);

/** What each pattern in the schema accepts, in words, for the editor's guide. */
export const PATTERN_NAMES: ReadonlyMap<RegExp, string> = new Map([
  [NO_SPACE, 'no spaces'],
  [IMAGE_SIZE_STYLE, 'sizes only'],
  [IFRAME_SRC, 'a player under the sources above'],
  [LANGUAGE_CLASS, '`language-…`'],
]);

/**
 * Elements and attributes (as hast property names) content may use. Each entry is there because
 * Markdown produces it, prometheus.io's own pages use it, or it is plain, inert text markup.
 */
export const CONTENT_SCHEMA = {
  tagNames: [
    // Text
    'a',
    'abbr',
    'b',
    'br',
    'cite',
    'code',
    'del',
    'dfn',
    'em',
    'i',
    'ins',
    'kbd',
    'mark',
    'q',
    's',
    'samp',
    'small',
    'span',
    'strong',
    'sub',
    'sup',
    'time',
    'u',
    'var',
    'wbr',
    // Blocks; h1 is reported by the content rules, which say what to write instead.
    'p',
    'div',
    'center',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'pre',
    'hr',
    'ul',
    'ol',
    'li',
    'dl',
    'dt',
    'dd',
    'details',
    'summary',
    'figure',
    'figcaption',
    'table',
    'caption',
    'colgroup',
    'col',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
    // Media: images, self-hosted video, players from IFRAME_SOURCES.
    'img',
    'video',
    'source',
    'iframe',
    // What Markdown makes: task-list checkboxes, footnotes, callouts (and `<Callout>` in MDX).
    'input',
    'section',
    'aside',
    'Callout',
  ],
  attributes: {
    '*': [['id', NO_SPACE], 'title', 'lang', ['dir', 'ltr', 'rtl', 'auto'], classes()],
    a: [
      'href',
      ['name', NO_SPACE],
      'dataFootnoteRef',
      'dataFootnoteBackref',
      'ariaDescribedBy',
      'ariaLabel',
      classes('data-footnote-backref'),
    ],
    // `text-nowrap`: prometheus.io's flag tables keep `--flag=value` on one line.
    code: [classes(LANGUAGE_CLASS, 'text-nowrap')],
    img: ['src', 'alt', 'width', 'height', ['style', IMAGE_SIZE_STYLE], ['loading', 'lazy', 'eager'], classes('no-markdown-image-styles')],
    video: [
      'src',
      'poster',
      'width',
      'height',
      'controls',
      'autoPlay',
      'loop',
      'muted',
      'playsInline',
      ['preload', 'none', 'metadata', 'auto'],
    ],
    source: ['src', 'type'],
    iframe: [['src', IFRAME_SRC], 'width', 'height', 'allowFullScreen', 'frameBorder', ['loading', 'lazy', 'eager']],
    input: [['type', 'checkbox'], 'checked', 'disabled'],
    ul: [classes('contains-task-list')],
    ol: ['start', 'reversed', ['type', '1', 'a', 'A', 'i', 'I'], classes('contains-task-list')],
    li: ['value', classes('task-list-item')],
    td: [['align', 'left', 'center', 'right'], 'colSpan', 'rowSpan'],
    th: [['align', 'left', 'center', 'right'], 'colSpan', 'rowSpan', ['scope', 'row', 'col', 'rowgroup', 'colgroup']],
    col: ['span'],
    colgroup: ['span'],
    // Tweets pasted as Twitter's embed code: the quote stays, a plain blockquote with its link.
    // Its `data-lang` is inert here (no script of the site reads it), so old posts need no edit.
    blockquote: ['cite', 'dataLang', classes('twitter-tweet', 'tw-align-center')],
    q: ['cite'],
    time: ['dateTime'],
    details: ['open'],
    section: ['dataFootnotes', classes('footnotes')],
    h2: [classes('sr-only')],
    aside: [['dataCallout', ...CALLOUT_TYPES]],
    Callout: [['type', ...CALLOUT_TYPES]],
  },
  protocols: { href: ['http', 'https', 'mailto'], src: ['https'], cite: ['http', 'https'], poster: ['https'] },
  ancestors: {
    li: ['ol', 'ul'],
    dt: ['dl'],
    dd: ['dl'],
    ...Object.fromEntries(['caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'].map((name) => [name, ['table']])),
    summary: ['details'],
    figcaption: ['figure'],
    source: ['video'],
  },
  // Containers whose content is code or markup, not text: dropped with them, never unwrapped.
  // SVG and MathML too: foreign content is where markup is re-parsed differently (mutation XSS).
  strip: ['script', 'style', 'template', 'noscript', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'iframe', 'object', 'svg', 'math'],
  // Ids stay as written: anchors must work; collisions with the page's own ids are a content rule.
  clobber: [],
  clobberPrefix: '',
  required: {},
  // `<!-- comments -->` are not shown: dropping them is expected, not a problem.
  allowComments: false,
  allowDoctypes: false,
} satisfies Schema;

/** What to write instead, for the elements people most often try. */
const ELEMENT_ADVICE: Record<string, string> = {
  script: 'content cannot run code; show code in a ``` block',
  style: 'the site’s theme styles content; for a colour-scheme variant use class="mantine-dark-hidden" or "mantine-light-hidden"',
  link: 'page metadata comes from the frontmatter, styles from the site’s theme',
  meta: 'page metadata comes from the frontmatter (title, description)',
  base: 'links are resolved by the site; link to files relative to this one',
  title: 'the page title is the `title` field of the frontmatter',
  iframe: `embed players from ${IFRAME_SOURCES.join(' or ')} only, or link to the page`,
  object: 'link to the file instead; images go in ![alt](/assets/…)',
  embed: 'link to the file instead; images go in ![alt](/assets/…)',
  svg: 'save the drawing as an .svg file under public/assets/ and use ![alt](/assets/….svg)',
  math: 'write the formula as text or code, or as an image',
  form: 'forms cannot be embedded; link to the form',
  button: 'buttons cannot be embedded; use a link',
  textarea: 'forms cannot be embedded; show text in a ``` block',
  select: 'forms cannot be embedded',
  template: 'write the content itself',
  noscript: 'pages work without JavaScript; write the content itself',
  font: 'use **bold**, _emphasis_ or `code`',
};

/** What to do about an attribute the allowlist drops. */
function attributeAdvice(element: string, attribute: string, value: unknown): string {
  if (/^on/i.test(attribute)) return 'content cannot run code';
  if (attribute === 'style')
    return 'the site’s theme styles content; images may set sizes only (width, height, max-width, max-height, margin in px, %, em or rem)';
  if (attribute === 'class') return `allowed classes: ${allowedClasses(element).join(', ')}`;
  if (element === 'iframe' && attribute === 'src') return `players from ${IFRAME_SOURCES.join(' or ')} only`;
  if (
    typeof value === 'string' &&
    /^[^/?#]*:/.test(value) &&
    (attribute === 'href' || attribute === 'src' || attribute === 'cite' || attribute === 'poster')
  ) {
    return attribute === 'href' ? 'links may use https:, http:, mailto: or a path' : 'use an https: URL or a path';
  }
  if (attribute === 'data-lang' && typeof value === 'string')
    return `data attributes drive the site’s own scripts and styles; write lang="${value}" instead`;
  if (attribute.startsWith('data-')) return 'data attributes drive the site’s own scripts and styles';
  const values = allowedValues(element, attribute);
  if (values) return `allowed values: ${values.join(', ')}`;
  return `allowed on <${element}>: ${allowedAttributes(element).join(', ') || 'none'}`;
}

/** The values an attribute is restricted to on an element, when the schema lists them. */
function allowedValues(element: string, attribute: string): string[] | null {
  const attributes: Record<string, readonly (string | readonly unknown[])[]> = CONTENT_SCHEMA.attributes;
  const entry = [...(attributes[element] ?? []), ...attributes['*']].find(
    (e) => typeof e !== 'string' && attributeName(String(e[0])) === attribute,
  );
  return entry && typeof entry !== 'string' && entry.length > 1 ? entry.slice(1).map(String) : null;
}

/** Classes allowed on an element: the scheme classes, then its own (patterns by their names). */
function allowedClasses(element: string): string[] {
  const attributes: Record<string, readonly (string | readonly unknown[])[]> = CONTENT_SCHEMA.attributes;
  const values = [...attributes['*'], ...(attributes[element] ?? [])].flatMap((entry) =>
    typeof entry !== 'string' && entry[0] === 'className' ? entry.slice(1) : [],
  );
  return [...new Set(values.map((value) => (value instanceof RegExp ? (PATTERN_NAMES.get(value) ?? String(value)) : String(value))))];
}

/** HTML attribute names allowed on an element. */
function allowedAttributes(element: string): string[] {
  const attributes: Record<string, readonly (string | readonly unknown[])[]> = CONTENT_SCHEMA.attributes;
  const names = [...(attributes[element] ?? []), ...attributes['*']].map((entry) =>
    attributeName(typeof entry === 'string' ? entry : String(entry[0])),
  );
  return [...new Set(names)];
}

function attributeName(property: string): string {
  return find(html, property).attribute;
}

function report(file: VFile, node: Nodes, reason: string): void {
  const message = file.message(reason, { place: node.position, ruleId: 'content-allowlist', source: 'content' });
  message.fatal = true;
}

type Tracked = { node: Element; parent: number | undefined };

declare module 'hast' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- augments hast's interface: only an interface merges
  interface ElementData {
    /** Which element of the unsanitised tree this one is: lets the allowlist report what it removed. */
    allowlistKey?: number;
  }
}

const ANCESTORS: Partial<Record<string, string[]>> = CONTENT_SCHEMA.ancestors;
const STRIPPED = new Set<string>(CONTENT_SCHEMA.strip);

/** Twitter's embed script, pasted after each tweet's quote: `//platform.twitter.com/widgets.js`. */
const TWEET_SCRIPT = /^(?:https?:)?\/\/platform\.twitter\.com\/widgets\.js$/;

/** Why the schema drops an element, and what to write instead. */
function elementReason(element: Element): string {
  const name = element.tagName;
  if (name === 'script' && typeof element.properties.src === 'string' && TWEET_SCRIPT.test(element.properties.src)) {
    return '<script src="…/widgets.js"> (Twitter’s embed script) is not allowed in content: delete the <script> line; the tweet shows as a quote with its link, and the site runs no third-party scripts';
  }
  const allowed = (CONTENT_SCHEMA.tagNames as readonly string[]).includes(name);
  if (allowed && ANCESTORS[name]) return `<${name}> is only allowed inside <${ANCESTORS[name].join('> or <')}>`;
  if (/^[A-Z]/.test(name)) return `<${name}> is not a component the site provides: MDX content may use <Callout type="…">`;
  const advice = ELEMENT_ADVICE[name] ?? 'see “HTML in content” in EDITING.md for what content may use';
  return `<${name}> is not allowed in content: ${advice}`;
}

/** Compares one element before and after sanitizing: every dropped attribute or class is a problem. */
function reportAttributes(file: VFile, before: Element, after: Element): void {
  for (const [property, value] of Object.entries(before.properties)) {
    if (value === undefined || value === null) continue;
    const kept = after.properties[property];
    const attribute = attributeName(property);
    if (Array.isArray(value) && Array.isArray(kept)) {
      const dropped = value.filter((item) => !kept.includes(item));
      if (dropped.length)
        report(
          file,
          before,
          `The ${attribute} value${dropped.length > 1 ? 's' : ''} ${dropped.map((d) => `"${d}"`).join(', ')} on <${before.tagName}> ${dropped.length > 1 ? 'are' : 'is'} not allowed: ${attributeAdvice(before.tagName, attribute, value)}`,
        );
    } else if (kept === undefined) {
      const text = Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';
      const shown = text ? `="${text.length > 60 ? `${text.slice(0, 60)}…` : text}"` : '';
      report(
        file,
        before,
        `The attribute ${attribute}${shown} on <${before.tagName}> is not allowed: ${attributeAdvice(before.tagName, attribute, value)}`,
      );
    }
  }
}

/**
 * Sanitizes the tree with CONTENT_SCHEMA and reports, as fatal messages at their positions,
 * every element, attribute and class it removed. Runs before the site's own plugins, which add
 * markup content may not write (heading links, highlighting, link markers).
 */
export function rehypeAllowlist() {
  return (tree: Root, file: VFile) => {
    const tracked: Tracked[] = [];
    // Iterative: content nesting is limited, but a stack of our own never overflows.
    const stack: { node: Nodes; parent: number | undefined }[] = [{ node: tree, parent: undefined }];
    while (stack.length) {
      const { node, parent } = stack.pop() as { node: Nodes; parent: number | undefined };
      let key = parent;
      if (node.type === 'element') {
        key = tracked.length;
        // A cast: some syntax-tree packages declare other ElementData fields as required.
        node.data = { ...node.data, allowlistKey: key } as ElementData;
        tracked.push({ node, parent });
      }
      if ('children' in node) for (const child of node.children) stack.push({ node: child, parent: key });
    }
    const clean = sanitize(tree, CONTENT_SCHEMA) as Root;
    const kept = new Map<number, Element>();
    const cleanStack: Nodes[] = [clean];
    for (let node = cleanStack.pop(); node !== undefined; node = cleanStack.pop()) {
      if (node.type === 'element' && node.data?.allowlistKey !== undefined) {
        kept.set(node.data.allowlistKey, node);
        delete node.data.allowlistKey;
      }
      if ('children' in node) cleanStack.push(...node.children);
    }
    tracked.forEach(({ node, parent }, key) => {
      const after = kept.get(key);
      if (after) {
        reportAttributes(file, node, after);
        return;
      }
      // Inside a removed container whose content goes with it: that container is the problem.
      for (let up = parent; up !== undefined; up = tracked[up].parent) {
        if (!kept.has(up) && STRIPPED.has(tracked[up].node.tagName)) return;
      }
      report(file, node, elementReason(node));
    });
    for (const { node } of tracked) delete node.data?.allowlistKey;
    tree.children = clean.children;
  };
}

type JsxAttribute = { type: 'mdxJsxAttribute'; name: string; value?: unknown } | { type: 'mdxJsxExpressionAttribute'; value: string };
type JsxElement = {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  children: ElementContent[];
  position?: Element['position'];
};

/**
 * MDX: turns JSX elements (`<img …>`, `<Callout type="tip">`) into plain hast elements, so that
 * the allowlist sees them like HTML in Markdown. Expression attributes are left out: the
 * no-JavaScript check has already reported them.
 */
export function rehypeMdxJsxToHast() {
  return (tree: Root) => {
    const stack: Nodes[] = [tree];
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      if (!('children' in node)) continue;
      // Until no JSX is left: a fragment's children, spliced in, may be JSX themselves.
      for (let converted = true; converted;) {
        converted = false;
        node.children = node.children.flatMap((child) => {
          const jsx: RootContent | JsxElement = child;
          if (jsx.type !== 'mdxJsxFlowElement' && jsx.type !== 'mdxJsxTextElement') return [child];
          converted = true;
          // A fragment (`<>…</>`) is only its children.
          if (jsx.name === null) return jsx.children;
          const properties: Record<string, string | boolean> = {};
          for (const attribute of jsx.attributes) {
            if (attribute.type !== 'mdxJsxAttribute') continue;
            if (attribute.value === null || attribute.value === undefined) properties[attribute.name] = true;
            else if (typeof attribute.value === 'string') properties[attribute.name] = attribute.value;
          }
          // A fixed selector: `h` would read `.` and `#` in a JSX name as a class or an id.
          const element = h('x', properties);
          element.tagName = jsx.name;
          element.children = jsx.children;
          if (jsx.position) element.position = jsx.position;
          return [element];
        });
      }
      // Again: the converted elements' children may hold JSX too.
      stack.push(...node.children);
    }
  };
}
