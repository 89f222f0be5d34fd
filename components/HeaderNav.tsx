'use client';

import { usePathname } from 'next/navigation';

export type NavLink = { label: string; href: string };

/** True when `pathname` is inside the section that `href` starts. */
export function isCurrentSection(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(href);
}

/**
 * Main navigation; marks the section of the page being read. A client component only to read
 * the path while prerendering: pages ship no React, so it never runs in the browser.
 */
export function HeaderNav({ links, className }: { links: readonly NavLink[]; className?: string }) {
  const pathname = usePathname() ?? '/';
  const normalized = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return (
    <ul className={className}>
      {links.map((link) => {
        const current = isCurrentSection(normalized, link.href);
        return (
          <li key={link.href}>
            <a href={link.href} className="header-nav-link" aria-current={current ? (normalized === link.href ? 'page' : 'true') : undefined}>
              {link.label}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
