import { CloseButton } from '@mantine/core';

/** Hides the announcement and remembers that for this announcement id (lib/browser/announcement.ts). */
export function DismissAnnouncement({ id, storageKey }: { id: string; storageKey: string }) {
  return (
    <CloseButton
      size="sm"
      aria-label="Dismiss announcement"
      className="announcement-close"
      data-dismiss-announcement={id}
      data-storage-key={storageKey}
      data-requires-js
    />
  );
}
