import { List } from '@mantine/core';
import type { ComponentPropsWithoutRef } from 'react';

// Mantine's List uses `type` for ordered/unordered; HTML's `type` (list marker) has no equivalent there.
type Props = Omit<ComponentPropsWithoutRef<'ol'>, 'type'>;

/** GFM task lists carry their own checkboxes, so they get no bullets. */
function listStyle(className: string | undefined) {
  return className?.includes('contains-task-list') ? 'none' : undefined;
}

export function UnorderedList({ className, ...props }: Props) {
  return <List className={className} listStyleType={listStyle(className)} spacing={4} withPadding mb="md" {...props} />;
}

export function OrderedList({ className, ...props }: Props) {
  return <List type="ordered" className={className} listStyleType={listStyle(className)} spacing={4} withPadding mb="md" {...props} />;
}
