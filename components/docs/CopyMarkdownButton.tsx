import { UnstyledButton } from '@mantine/core';
import { copyButtonClass, CopyIcons } from '../CopyIcons';

/** Copies the page's Markdown (served beside it as .md) for pasting into an editor or an AI tool. */
export function CopyMarkdownButton({ href, className }: { href: string; className: string }) {
  return (
    <UnstyledButton
      className={`${className} ${copyButtonClass}`}
      data-copy="url"
      data-copy-href={href}
      data-copied-label="Copied as Markdown"
      aria-live="polite"
      data-requires-js
    >
      <CopyIcons size={16} />
      <span data-copy-text>Copy page as Markdown</span>
    </UnstyledButton>
  );
}
