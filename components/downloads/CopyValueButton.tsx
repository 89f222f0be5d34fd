import { ActionIcon } from '@mantine/core';
import { copyButtonClass, CopyIcons } from '../CopyIcons';

/** Copies a value (a checksum) to the clipboard (lib/browser/copy.ts). */
export function CopyValueButton({ value, label }: { value: string; label: string }) {
  return (
    <ActionIcon
      variant="subtle"
      color="gray"
      size="sm"
      aria-label={label}
      title={label}
      className={copyButtonClass}
      data-copy="value"
      data-copy-value={value}
      data-requires-js
    >
      <CopyIcons size={14} />
    </ActionIcon>
  );
}
