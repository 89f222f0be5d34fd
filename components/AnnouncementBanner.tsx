import { IconSpeakerphone } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { activeAnnouncement, parseInline } from '../lib/site/announcement';
import { ANNOUNCEMENT_SCRIPT, DISMISSED_KEY } from '../lib/site/inline-scripts';
import { DismissAnnouncement } from './DismissAnnouncement';
import classes from './AnnouncementBanner.module.css';

function inline(markdown: string): ReactNode[] {
  return parseInline(markdown).map((part, i) => {
    switch (part.kind) {
      case 'link':
        return (
          <a key={i} href={part.href}>
            {part.text}
          </a>
        );
      case 'strong':
        return <strong key={i}>{part.text}</strong>;
      case 'em':
        return <em key={i}>{part.text}</em>;
      default:
        return part.text;
    }
  });
}

/**
 * Hides a dismissed announcement before first paint (an inline head script sets an attribute
 * the stylesheet keys on), so the page never shifts after it loads. The id is an attribute, not
 * part of the script, so the script's text and its hash in the CSP stay the same.
 */
export function AnnouncementScript() {
  const announcement = activeAnnouncement();
  if (!announcement) return null;
  return <script data-announcement={announcement.id} dangerouslySetInnerHTML={{ __html: ANNOUNCEMENT_SCRIPT }} />;
}

/** The site-wide announcement above the header, when the build day is inside its window. */
export function AnnouncementBanner() {
  const announcement = activeAnnouncement();
  if (!announcement) return null;
  return (
    <aside className={classes.announcement} aria-label="Announcement" data-pagefind-ignore>
      <IconSpeakerphone size={18} aria-hidden className={classes.icon} />
      <p className={`${classes.text} ${classes.long}`}>{inline(announcement.text)}</p>
      <p className={`${classes.text} ${classes.short}`}>{inline(announcement.short)}</p>
      <DismissAnnouncement id={announcement.id} storageKey={DISMISSED_KEY} />
    </aside>
  );
}
