'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export type NavLink = { label: string; href: string };

/** True when `pathname` is inside the section that `href` starts. */
export function isCurrentSection(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(href);
}

/** Main navigation; marks the section of the page being read (prerendered with the right path). */
export function HeaderNav({ links, className, onNavigate }: { links: readonly NavLink[]; className?: string; onNavigate?: () => void }) {
  const pathname = usePathname() ?? '/';
  const normalized = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return (
    <ul className={className}>
      {links.map((link) => {
        const current = isCurrentSection(normalized, link.href);
        return (
          <li key={link.href}>
            <Link
              href={link.href}
              className="header-nav-link"
              aria-current={current ? (normalized === link.href ? 'page' : 'true') : undefined}
              onClick={onNavigate}
            >
              {link.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
