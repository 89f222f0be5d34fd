'use client';

import { ActionIcon, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useState, type MouseEvent } from 'react';

/** Copies the code of the block it sits in; reads the DOM so the code is not sent twice. */
export function CopyCodeButton() {
  const [copied, setCopied] = useState(false);
  const copy = async (event: MouseEvent<HTMLButtonElement>) => {
    const code = event.currentTarget.closest('.code-block')?.querySelector('pre')?.textContent ?? '';
    await navigator.clipboard.writeText(code);
    setCopied(true);
    window.setTimeout(() => setCopied(false), 2000);
  };
  const label = copied ? 'Copied' : 'Copy code';
  return (
    <Tooltip label={label} withArrow position="left">
      <ActionIcon variant="subtle" color="gray" size="sm" aria-label={label} onClick={copy}>
        {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
      </ActionIcon>
    </Tooltip>
  );
}
