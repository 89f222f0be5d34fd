'use client';

import { usePathname } from 'next/navigation';
import classes from './HeaderNav.module.css';

export type NavLink = { label: string; href: string };

/** True when `pathname` is inside the section that `href` starts. */
export function isCurrentSection(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(href);
}

/**
 * Main navigation; marks the section of the page being read. A client component only to read
 * the path while prerendering: pages ship no React, so it never runs in the browser.
 * `menu`: the phone menu's column of larger links instead of the header's row.
 */
export function HeaderNav({ links, menu = false }: { links: readonly NavLink[]; menu?: boolean }) {
  const pathname = usePathname();
  const normalized = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return (
    <ul className={menu ? `${classes.list} ${classes.menu}` : classes.list}>
      {links.map((link) => {
        const current = isCurrentSection(normalized, link.href);
        return (
          <li key={link.href}>
            <a href={link.href} className={classes.link} aria-current={current ? (normalized === link.href ? 'page' : 'true') : undefined}>
              {link.label}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
