import type { ComponentPropsWithoutRef } from 'react';
import { ListMarkup } from './mantine-markup';

// Mantine's List used `type` for ordered/unordered; HTML's `type` (list marker) has no equivalent there.
type Props = Omit<ComponentPropsWithoutRef<'ol'>, 'type'>;

/** GFM task lists carry their own checkboxes, so they get no bullets. */
function listStyle(className: string | undefined) {
  return className?.includes('contains-task-list') ? 'none' : undefined;
}

export function UnorderedList({ className, ...props }: Props) {
  return <ListMarkup className={className} listStyleType={listStyle(className)} {...props} />;
}

export function OrderedList({ className, ...props }: Props) {
  return <ListMarkup ordered className={className} listStyleType={listStyle(className)} {...props} />;
}
