import { siteConfig, type SiteConfig } from '../../site.config';

type Announcement = NonNullable<SiteConfig['announcement']>;
/** The announcement as the config's type has it: there may be none, whatever is configured today. */
const configured: SiteConfig['announcement'] = siteConfig.announcement;

/** The day the site is built for: `$SITE_BUILD_DATE` (YYYY-MM-DD, for tests and previews) or today, UTC. */
export function buildDay(env: string | undefined = process.env.SITE_BUILD_DATE, now = new Date()): string {
  if (env) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(env)) throw new Error(`SITE_BUILD_DATE must look like YYYY-MM-DD, got "${env}"`);
    return env;
  }
  return now.toISOString().slice(0, 10);
}

/** The announcement to show on pages built on `day`, if its window covers that day. */
export function activeAnnouncement(day = buildDay(), announcement: Announcement | undefined = configured): Announcement | undefined {
  if (!announcement) return undefined;
  return announcement.start <= day && day <= announcement.end ? announcement : undefined;
}

/** One line for the build log: what this build shows, and when a rebuild would change it. */
export function announcementSchedule(day = buildDay(), announcement: Announcement | undefined = configured): string {
  if (!announcement) return 'Announcement: none configured.';
  if (day < announcement.start)
    return `Announcement "${announcement.id}": not shown yet; rebuild on or after ${announcement.start} to show it.`;
  if (day > announcement.end)
    return `Announcement "${announcement.id}": ended on ${announcement.end}, not shown. Remove it from site.config.ts.`;
  const next = new Date(`${announcement.end}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return `Announcement "${announcement.id}": shown; rebuild on ${next.toISOString().slice(0, 10)} to take it down.`;
}

export type InlinePart = { kind: 'text' | 'strong' | 'em'; text: string } | { kind: 'link'; text: string; href: string };

/** The Markdown an announcement may use: links, **bold** and *emphasis*. Anything else stays text. */
export function parseInline(markdown: string): InlinePart[] {
  const parts: InlinePart[] = [];
  const pattern = /\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*|\*([^*]+)\*/g;
  let last = 0;
  for (const match of markdown.matchAll(pattern)) {
    if (match.index > last) parts.push({ kind: 'text', text: markdown.slice(last, match.index) });
    // `at` reads the groups of an alternative that did not take part as undefined.
    const link = match.at(1);
    const strong = match.at(3);
    if (link !== undefined) {
      const href = match[2];
      // Only web and site-relative links; anything else (javascript:, data:) stays text.
      parts.push(/^(https?:\/\/|\/)/.test(href) ? { kind: 'link', text: link, href } : { kind: 'text', text: match[0] });
    } else if (strong !== undefined) parts.push({ kind: 'strong', text: strong });
    else parts.push({ kind: 'em', text: match[4] });
    last = match.index + match[0].length;
  }
  if (last < markdown.length) parts.push({ kind: 'text', text: markdown.slice(last) });
  return parts;
}
