import { Table, TableScrollContainer } from '@mantine/core';
import type { ComponentPropsWithoutRef } from 'react';

/** A content table; scrolls sideways on narrow screens instead of overflowing the page. */
export function ContentTable(props: ComponentPropsWithoutRef<'table'>) {
  return (
    <TableScrollContainer minWidth={480} my="md" tabIndex={0}>
      <Table striped withTableBorder withColumnBorders verticalSpacing="xs" {...props} />
    </TableScrollContainer>
  );
}
