'use client';

import { CloseButton } from '@mantine/core';

/** Hides the announcement and remembers that for this announcement id. */
export function DismissAnnouncement({ id, storageKey }: { id: string; storageKey: string }) {
  const dismiss = () => {
    document.documentElement.setAttribute('data-announcement-dismissed', '');
    try {
      localStorage.setItem(storageKey, id);
    } catch {
      // Private mode without storage: hidden for this page view only.
    }
  };
  return <CloseButton size="sm" aria-label="Dismiss announcement" onClick={dismiss} className="announcement-close" />;
}
