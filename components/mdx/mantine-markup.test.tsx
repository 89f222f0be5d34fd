import {
  ActionIcon,
  Anchor,
  Blockquote,
  Image,
  List,
  ListItem,
  MantineProvider,
  Table,
  TableScrollContainer,
  TableTbody,
  TableTd,
  TableTh,
  TableThead,
  TableTr,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { Parser } from 'htmlparser2';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { theme } from '../../lib/site/theme';
import {
  ActionIconMarkup,
  AnchorMarkup,
  BlockquoteMarkup,
  heading,
  ImageMarkup,
  ListItemMarkup,
  ListMarkup,
  TableMarkup,
  TbodyMarkup,
  TdMarkup,
  TheadMarkup,
  ThMarkup,
  TrMarkup,
  VisuallyHiddenMarkup,
} from './mantine-markup';

/** Elements in order (the site's theme), each with its attributes sorted and its classes as a set: what the stylesheet sees. */
function shape(node: ReactNode): string[] {
  const out: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      const attrs = Object.entries(attributes)
        .map(
          ([key, value]) =>
            `${key}=${key === 'class' ? value.split(/\s+/).sort().join(' ') : key === 'style' ? value.split(';').sort().join(';') : value}`,
        )
        .sort();
      out.push(`<${name} ${attrs.join(' ')}>`);
    },
    ontext(text) {
      if (text.trim()) out.push(text);
    },
    onclosetag(name) {
      out.push(`</${name}>`);
    },
  });
  parser.end(renderToStaticMarkup(<MantineProvider theme={theme}>{node}</MantineProvider>));
  return out;
}

describe('Mantine markup as server elements', () => {
  it('writes what Mantine writes for headings, links, lists, blockquotes, images and copy buttons', () => {
    const Heading3 = heading(3);
    const pairs: [ReactNode, ReactNode][] = [
      [
        <Title key="m" order={3} className="content-heading" id="x">
          T
        </Title>,
        <Heading3 key="s" id="x">
          T
        </Heading3>,
      ],
      [
        <Title key="m" order={3} className="other" id="x">
          T
        </Title>,
        <Heading3 key="s" className="other" id="x">
          T
        </Heading3>,
      ],
      [
        <Anchor key="m" className="code-link" underline="always" href="/a/">
          a
        </Anchor>,
        <AnchorMarkup key="s" className="code-link" href="/a/">
          a
        </AnchorMarkup>,
      ],
      [<VisuallyHidden key="m">(x)</VisuallyHidden>, <VisuallyHiddenMarkup key="s">(x)</VisuallyHiddenMarkup>],
      [
        <List key="m" type="ordered" className="contains-task-list" listStyleType="none" spacing={4} withPadding mb="md" start={3} />,
        <ListMarkup key="s" ordered className="contains-task-list" listStyleType="none" start={3} />,
      ],
      [
        <Blockquote key="m" color="gray" p="md" my="md">
          q
        </Blockquote>,
        <BlockquoteMarkup key="s">q</BlockquoteMarkup>,
      ],
      [
        <Image key="m" alt="A" className="c" radius="sm" loading="lazy" my="md" maw="100%" w="auto" src="/i.png" width={3} height={2} />,
        <ImageMarkup key="s" alt="A" className="c" src="/i.png" width={3} height={2} />,
      ],
      // An image's own size, from its HTML: Mantine's style props win over it.
      [
        <Image key="m" alt="A" radius="sm" loading="lazy" my="md" maw="100%" w="auto" style={{ width: '444px', height: '177px' }} />,
        <ImageMarkup key="s" alt="A" style={{ width: '444px', height: '177px' }} />,
      ],
      [
        <Blockquote key="m" className="twitter-tweet" color="gray" p="md" my="md" style={{ padding: 0, color: 'red' }}>
          q
        </Blockquote>,
        <BlockquoteMarkup key="s" className="twitter-tweet" style={{ padding: 0, color: 'red' }}>
          q
        </BlockquoteMarkup>,
      ],
      [<List key="m" spacing={4} withPadding mb="md" style={{ marginBottom: 0 }} />, <ListMarkup key="s" style={{ marginBottom: 0 }} />],
      [
        <ActionIcon key="m" variant="subtle" color="gray" size="sm" aria-label="Copy" className="copy-button">
          i
        </ActionIcon>,
        <ActionIconMarkup key="s" aria-label="Copy" className="copy-button">
          i
        </ActionIconMarkup>,
      ],
    ];
    for (const [mantine, markup] of pairs) expect(shape(markup)).toEqual(shape(mantine));
  });

  it('writes what Mantine writes for a list, less the two wrappers Mantine puts around each item’s label', () => {
    const mantine = shape(
      <List spacing={4} withPadding mb="md">
        <ListItem className="task-list-item">one</ListItem>
      </List>,
    );
    const wrappers = ['<div class=m_75cd9f71 mantine-List-itemWrapper>', '<span class=mantine-List-itemLabel>'];
    expect(mantine.filter((tag) => wrappers.includes(tag))).toEqual(wrappers);
    const unwrapped = mantine.filter((tag) => !wrappers.includes(tag));
    unwrapped.splice(unwrapped.indexOf('one') + 1, 2);
    expect(
      shape(
        <ListMarkup>
          <ListItemMarkup className="task-list-item">one</ListItemMarkup>
        </ListMarkup>,
      ),
    ).toEqual(unwrapped);
  });

  it('writes what Mantine writes for a striped, bordered table in a scroll container', () => {
    const mantine = (
      <TableScrollContainer minWidth={480} my="md" tabIndex={0}>
        <Table className="t" striped withTableBorder withColumnBorders verticalSpacing="xs">
          <TableThead className="a">
            <TableTr className="b">
              <TableTh className="c" style={{ textAlign: 'left' }}>
                h
              </TableTh>
            </TableTr>
          </TableThead>
          <TableTbody className="d">
            <TableTr>
              <TableTd className="e">d</TableTd>
            </TableTr>
          </TableTbody>
        </Table>
      </TableScrollContainer>
    );
    const markup = (
      <TableMarkup className="t">
        <TheadMarkup className="a">
          <TrMarkup className="b">
            <ThMarkup className="c" style={{ textAlign: 'left' }}>
              h
            </ThMarkup>
          </TrMarkup>
        </TheadMarkup>
        <TbodyMarkup className="d">
          <TrMarkup>
            <TdMarkup className="e">d</TdMarkup>
          </TrMarkup>
        </TbodyMarkup>
      </TableMarkup>
    );
    expect(shape(markup)).toEqual(shape(mantine));
  });
});
