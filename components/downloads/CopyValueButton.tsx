import { ActionIcon } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';

/** Copies a value (a checksum) to the clipboard (lib/browser/copy.ts). */
export function CopyValueButton({ value, label }: { value: string; label: string }) {
  return (
    <ActionIcon variant="subtle" color="gray" size="sm" aria-label={label} title={label} className="copy-button" data-copy="value" data-copy-value={value} data-requires-js>
      <IconCopy size={14} aria-hidden className="copy-idle" />
      <IconCheck size={14} aria-hidden className="copy-done" />
    </ActionIcon>
  );
}
