import { IconCheck, IconCopy } from '@tabler/icons-react';
import { ActionIconMarkup } from './mantine-markup';

/** Copies the code of the block it sits in (lib/browser/copy.ts reads it from the DOM). */
export function CopyCodeButton() {
  return (
    <ActionIconMarkup aria-label="Copy code" title="Copy code" className="copy-button" data-copy="code" data-requires-js>
      <IconCopy size={16} aria-hidden className="copy-idle" />
      <IconCheck size={16} aria-hidden className="copy-done" />
    </ActionIconMarkup>
  );
}
