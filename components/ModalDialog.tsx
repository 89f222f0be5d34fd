import { CloseButton } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './ModalDialog.module.css';

/**
 * A native <dialog>, closed until a `data-dialog-open` button opens it as a modal
 * (lib/browser/dialogs.ts): a titled header with a close button, then its content.
 */
export function ModalDialog({
  id,
  title,
  closeLabel,
  className,
  children,
}: {
  id: string;
  title: string;
  closeLabel: string;
  className: string;
  children: ReactNode;
}) {
  return (
    <dialog id={id} aria-labelledby={`${id}-title`} className={`${classes.dialog} ${className}`}>
      {/* Fills the dialog: a click that reaches the <dialog> itself was on the backdrop. */}
      <div className={classes.body}>
        <div className={classes.header}>
          <h2 id={`${id}-title`} className={classes.title}>
            {title}
          </h2>
          <CloseButton aria-label={closeLabel} data-dialog-close />
        </div>
        {children}
      </div>
    </dialog>
  );
}
