import type { Element, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Rule id of every message these checks raise, so the renderer can tell them apart. */
export const NO_JS_RULE = 'content-cannot-run-code';
const WHY = 'content cannot run code';

/** `javascript:` (and `vbscript:`) URLs, allowing the whitespace and control characters browsers ignore. */
const SCRIPT_URL = /^[\u0000-\u0020]*(j[\s]*a[\s]*v[\s]*a|v[\s]*b)[\s]*s[\s]*c[\s]*r[\s]*i[\s]*p[\s]*t[\s]*:/i;
const EVENT_HANDLER = /^on/i;
/** `{/* … *\/}` comments are how MDX writes comments (e.g. `{/* more *\/}`); they run nothing. */
const ONLY_COMMENT = /^\s*\/\*[\s\S]*?\*\/\s*$/;

function report(file: VFile, node: Node, what: string): void {
  const message = file.message(`${what}: ${WHY}`, { place: node.position, ruleId: NO_JS_RULE, source: 'content' });
  message.fatal = true;
}

type JsxAttribute =
  | { type: 'mdxJsxAttribute'; name: string; value?: string | null | { type: 'mdxJsxAttributeValueExpression'; value: string } }
  | { type: 'mdxJsxExpressionAttribute'; value: string };
type JsxElement = Node & { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement'; name: string | null; attributes: JsxAttribute[] };
type Expression = Node & { type: 'mdxFlowExpression' | 'mdxTextExpression'; value: string };

function isJsxElement(node: Node): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}
function isExpression(node: Node): node is Expression {
  return node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression';
}

/**
 * MDX: reports everything next-mdx-remote's `blockJS` would silently drop (expressions,
 * import/export, expression attributes) and what would run in the browser (`<script>`,
 * `on*` handlers, `javascript:` URLs), instead of letting the page lose it.
 */
export function remarkNoJavaScript() {
  return (tree: MdastRoot, file: VFile) => {
    visit(tree, (node: Node) => {
      if (node.type === 'mdxjsEsm') return report(file, node, '`import`/`export` is not allowed');
      if (isExpression(node)) {
        if (ONLY_COMMENT.test(node.value)) return;
        return report(file, node, `The expression \`{${node.value.trim().slice(0, 40)}}\` would be dropped (write \`\\{\` for a literal brace)`);
      }
      if (!isJsxElement(node)) return;
      if (node.name?.toLowerCase() === 'script') report(file, node, '`<script>` is not allowed');
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxExpressionAttribute') {
          report(file, node, `The spread attribute \`{${attribute.value}}\` on <${node.name}> would be dropped`);
        } else if (attribute.value && typeof attribute.value === 'object') {
          report(file, node, `The attribute \`${attribute.name}={${attribute.value.value}}\` on <${node.name}> would be dropped (use a quoted string)`);
        } else if (EVENT_HANDLER.test(attribute.name)) {
          report(file, node, `The event handler \`${attribute.name}\` on <${node.name}> is not allowed`);
        } else if (typeof attribute.value === 'string' && SCRIPT_URL.test(attribute.value)) {
          report(file, node, `The \`javascript:\` URL in \`${attribute.name}\` on <${node.name}> is not allowed`);
        }
      }
    });
  };
}

/** HTML (raw HTML in `.md`, Markdown links in both formats): no `<script>`, `on*` handlers or `javascript:` URLs. */
export function rehypeNoJavaScript() {
  return (tree: HastRoot, file: VFile) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'script') report(file, node, '`<script>` is not allowed');
      for (const [name, value] of Object.entries(node.properties)) {
        if (EVENT_HANDLER.test(name)) report(file, node, `The event handler \`${name}\` on <${node.tagName}> is not allowed`);
        else if (typeof value === 'string' && SCRIPT_URL.test(value)) report(file, node, `The \`javascript:\` URL in \`${name}\` on <${node.tagName}> is not allowed`);
      }
    });
  };
}
