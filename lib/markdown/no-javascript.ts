import type { Root as MdastRoot } from 'mdast';
import type { Node, Parent } from 'unist';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** `{/* … *\/}` comments are how MDX writes comments (e.g. `{/* more *\/}`); they run nothing. */
const ONLY_COMMENT = /^\s*\/\*[\s\S]*?\*\/\s*$/;

function report(file: VFile, node: Node, what: string): void {
  const message = file.message(`${what}: content cannot run code`, {
    place: node.position,
    ruleId: 'content-cannot-run-code',
    source: 'content',
  });
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
 * MDX: reports everything that would run code or be silently dropped (expressions,
 * import/export, expression attributes), instead of letting the page lose it. Elements and
 * plain attributes are the allowlist's (allowlist.ts), in `.md` and `.mdx` alike.
 */
export function remarkNoJavaScript() {
  return (tree: MdastRoot, file: VFile) => {
    visit(tree, (node: Node, index: number | undefined, parent: Parent | undefined) => {
      if (node.type === 'mdxjsEsm') {
        report(file, node, '`import`/`export` is not allowed');
        return;
      }
      if (isExpression(node)) {
        // A comment says nothing to readers: it goes, so no expression is left to render.
        if (ONLY_COMMENT.test(node.value) && parent && index !== undefined) {
          parent.children.splice(index, 1);
          return [SKIP, index];
        }
        report(file, node, `The expression \`{${node.value.trim().slice(0, 40)}}\` would be dropped (write \`\\{\` for a literal brace)`);
        return;
      }
      if (!isJsxElement(node)) return;
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxExpressionAttribute') {
          report(file, node, `The spread attribute \`{${attribute.value}}\` on <${node.name}> would be dropped`);
        } else if (attribute.value && typeof attribute.value === 'object') {
          report(
            file,
            node,
            `The attribute \`${attribute.name}={${attribute.value.value}}\` on <${node.name}> would be dropped (use a quoted string)`,
          );
        }
      }
    });
  };
}
