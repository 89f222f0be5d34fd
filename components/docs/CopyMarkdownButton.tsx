'use client';

import { UnstyledButton } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useState } from 'react';

/** Copies the page's Markdown (served beside it as .md) for pasting into an editor or an AI tool. */
export function CopyMarkdownButton({ href }: { href: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      const response = await fetch(href);
      if (!response.ok) throw new Error(String(response.status));
      await navigator.clipboard.writeText(await response.text());
      setState('copied');
    } catch {
      setState('failed');
    }
    window.setTimeout(() => setState('idle'), 2500);
  };
  return (
    <UnstyledButton className="page-action" onClick={copy} aria-live="polite">
      {state === 'copied' ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
      {state === 'copied' ? 'Copied as Markdown' : state === 'failed' ? 'Could not copy' : 'Copy page as Markdown'}
    </UnstyledButton>
  );
}
