import { IconCheck, IconCopy } from '@tabler/icons-react';
import classes from './CopyIcons.module.css';

/** The class of a button holding CopyIcons: the tick shows while lib/browser/copy.ts marks it data-copied. */
export const copyButtonClass = classes.button;

/** A copy button's two icons, both in the HTML: copy, and the tick of a done copy. */
export function CopyIcons({ size }: { size: number }) {
  return (
    <>
      <IconCopy size={size} aria-hidden className={classes.idle} />
      <IconCheck size={size} aria-hidden className={classes.done} />
    </>
  );
}
