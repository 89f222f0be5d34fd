import { ActionIcon } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';

/** Copies the code of the block it sits in (lib/browser/copy.ts reads it from the DOM). */
export function CopyCodeButton() {
  return (
    <ActionIcon variant="subtle" color="gray" size="sm" aria-label="Copy code" title="Copy code" className="copy-button" data-copy="code" data-requires-js>
      <IconCopy size={16} aria-hidden className="copy-idle" />
      <IconCheck size={16} aria-hidden className="copy-done" />
    </ActionIcon>
  );
}
