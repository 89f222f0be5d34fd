import type { ComponentPropsWithoutRef } from 'react';
import { TableMarkup } from './mantine-markup';

/** A content table; scrolls sideways on narrow screens instead of overflowing the page. */
export function ContentTable(props: ComponentPropsWithoutRef<'table'>) {
  return <TableMarkup {...props} />;
}
