'use client';

import { usePathname } from 'next/navigation';
import { siteConfig } from '../site.config';

/** The page being read, on the production site. */
export function ProductionLink() {
  const href = new URL(usePathname(), siteConfig.url).href;
  return <a href={href}>see this page on {new URL(siteConfig.url).host}</a>;
}
