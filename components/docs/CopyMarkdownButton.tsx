import { UnstyledButton } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';

/** Copies the page's Markdown (served beside it as .md) for pasting into an editor or an AI tool. */
export function CopyMarkdownButton({ href }: { href: string }) {
  return (
    <UnstyledButton className="page-action copy-button" data-copy="url" data-copy-href={href} data-copied-label="Copied as Markdown" aria-live="polite" data-requires-js>
      <IconCopy size={16} aria-hidden className="copy-idle" />
      <IconCheck size={16} aria-hidden className="copy-done" />
      <span data-copy-text>Copy page as Markdown</span>
    </UnstyledButton>
  );
}
