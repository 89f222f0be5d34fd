import type { ComponentPropsWithoutRef } from 'react';

/** GFM task-list checkboxes are read-only; a label tells screen readers what the tick means. */
export function TaskCheckbox(props: ComponentPropsWithoutRef<'input'>) {
  if (props.type !== 'checkbox') return <input {...props} />;
  return <input {...props} readOnly aria-label={props.checked ? 'Done' : 'Not done'} />;
}
