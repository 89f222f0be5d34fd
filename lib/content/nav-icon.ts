/** How a nav icon is drawn, beside a section's name in the nav and in section listings. */
export const NAV_ICON_PROPS = { size: 18, stroke: 1.75, 'aria-hidden': true, className: 'docs-nav-icon' } as const;
