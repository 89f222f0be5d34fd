import { describe, expect, it } from 'vitest';
import { activeAnnouncement, announcementSchedule, buildDay, parseInline } from './announcement';

const banner = { id: 'x', text: 'Hello', short: 'Hi', start: '2026-11-20', end: '2026-12-31' };

describe('announcement dates', () => {
  it('shows the banner from its first to its last day, inclusive', () => {
    expect(activeAnnouncement('2026-11-19', banner)).toBeUndefined();
    expect(activeAnnouncement('2026-11-20', banner)).toBe(banner);
    expect(activeAnnouncement('2026-12-31', banner)).toBe(banner);
    expect(activeAnnouncement('2027-01-01', banner)).toBeUndefined();
  });

  it('says when a rebuild changes what is shown', () => {
    expect(announcementSchedule('2026-11-01', banner)).toContain('rebuild on or after 2026-11-20');
    expect(announcementSchedule('2026-12-01', banner)).toContain('rebuild on 2027-01-01 to take it down');
    expect(announcementSchedule('2027-02-01', banner)).toContain('ended on 2026-12-31');
  });

  it('takes the build day from SITE_BUILD_DATE, else today (UTC)', () => {
    expect(buildDay('2027-03-01')).toBe('2027-03-01');
    expect(buildDay(undefined, new Date('2026-11-25T23:30:00Z'))).toBe('2026-11-25');
    expect(() => buildDay('March 1st')).toThrow(/YYYY-MM-DD/);
  });
});

describe('parseInline', () => {
  it('reads links, bold and emphasis, and keeps unsafe links as text', () => {
    expect(parseInline('New **site**: [tell us](https://github.com/x) *now*. [bad](javascript:alert(1))')).toEqual([
      { kind: 'text', text: 'New ' },
      { kind: 'strong', text: 'site' },
      { kind: 'text', text: ': ' },
      { kind: 'link', text: 'tell us', href: 'https://github.com/x' },
      { kind: 'text', text: ' ' },
      { kind: 'em', text: 'now' },
      { kind: 'text', text: '. ' },
      { kind: 'text', text: '[bad](javascript:alert(1)' },
      { kind: 'text', text: ')' },
    ]);
  });
});
