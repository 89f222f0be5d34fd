import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';

declare module 'vfile' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- augments vfile's interface: only an interface merges
  interface DataMap {
    /** Line of the `<!-- more -->` marker: a post's excerpt is what comes before it. */
    moreLine: number;
  }
}

/** `<!-- more -->` in Markdown, `{/* more *\/}` in MDX: where a post's excerpt ends. */
const MORE_HTML = /^<!--\s*more\s*-->$/i;
const MORE_MDX = /^\/\*\s*more\s*\*\/$/i;

function isMoreMarker(node: RootContent): boolean {
  if (node.type === 'html') return MORE_HTML.test(node.value.trim());
  return node.type === 'mdxFlowExpression' && MORE_MDX.test(node.value.trim());
}

/** Takes the more marker out of the body and remembers its line, for the excerpt. */
export function remarkMoreMarker() {
  return (tree: Root, file: VFile) => {
    const index = tree.children.findIndex(isMoreMarker);
    if (index === -1) return;
    const line = tree.children[index].position?.start.line;
    if (line !== undefined) file.data.moreLine = line;
    tree.children.splice(index, 1);
  };
}
