/** How a nav icon is drawn, beside a section's name in the nav and in section listings. */
export const NAV_ICON_PROPS = { size: 18, stroke: 1.75, 'aria-hidden': true, className: 'docs-nav-icon' } as const;

/** Drawn for a `nav_icon` Tabler does not have (synced docs name icons of the old site, e.g. `bell-o`). */
export const DEFAULT_NAV_ICON = 'file-text';
