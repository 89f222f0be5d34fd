import type { MDXComponents } from 'mdx/types';
import { Callout, CalloutAside } from './mdx/Callout';
import { CodeBlock } from './mdx/CodeBlock';
import { ContentImage } from './mdx/ContentImage';
import { ContentLink } from './mdx/ContentLink';
import { OrderedList, UnorderedList } from './mdx/ContentList';
import { ContentTable } from './mdx/ContentTable';
import { TaskCheckbox } from './mdx/TaskCheckbox';
import { BlockquoteMarkup, heading, ListItemMarkup, TbodyMarkup, TdMarkup, TheadMarkup, ThMarkup, TrMarkup } from './mdx/mantine-markup';

/** Every element and component content may use; Mantine's look comes from mdx/mantine-markup.tsx. */
export const mdxComponents = {
  h2: heading(2),
  h3: heading(3),
  h4: heading(4),
  h5: heading(5),
  h6: heading(6),
  a: ContentLink,
  pre: CodeBlock,
  img: ContentImage,
  table: ContentTable,
  thead: TheadMarkup,
  tbody: TbodyMarkup,
  tr: TrMarkup,
  th: ThMarkup,
  td: TdMarkup,
  ul: UnorderedList,
  ol: OrderedList,
  li: ListItemMarkup,
  input: TaskCheckbox,
  blockquote: BlockquoteMarkup,
  aside: CalloutAside,
  Callout,
} satisfies MDXComponents;
