import { Blockquote, ListItem, TableTbody, TableTd, TableTh, TableThead, TableTr, Title } from '@mantine/core';
import type { MDXComponents } from 'mdx/types';
import type { ComponentPropsWithoutRef } from 'react';
import { Callout, CalloutAside } from './mdx/Callout';
import { CodeBlock } from './mdx/CodeBlock';
import { ContentImage } from './mdx/ContentImage';
import { ContentLink } from './mdx/ContentLink';
import { OrderedList, UnorderedList } from './mdx/ContentList';
import { ContentTable } from './mdx/ContentTable';
import { TaskCheckbox } from './mdx/TaskCheckbox';

type HeadingProps = ComponentPropsWithoutRef<'h2'>;

/** Every element and component content may use. Named Mantine exports: dot-notation is undefined in server components. */
export const mdxComponents = {
  h2: (props: HeadingProps) => <Title order={2} className="content-heading" {...props} />,
  h3: (props: HeadingProps) => <Title order={3} className="content-heading" {...props} />,
  h4: (props: HeadingProps) => <Title order={4} className="content-heading" {...props} />,
  h5: (props: HeadingProps) => <Title order={5} className="content-heading" {...props} />,
  h6: (props: HeadingProps) => <Title order={6} className="content-heading" {...props} />,
  a: ContentLink,
  pre: CodeBlock,
  img: ContentImage,
  table: ContentTable,
  thead: TableThead,
  tbody: TableTbody,
  tr: TableTr,
  th: TableTh,
  td: TableTd,
  ul: UnorderedList,
  ol: OrderedList,
  li: ListItem,
  input: TaskCheckbox,
  blockquote: (props: ComponentPropsWithoutRef<'blockquote'>) => <Blockquote color="gray" p="md" my="md" {...props} />,
  aside: CalloutAside,
  Callout,
} satisfies MDXComponents;
