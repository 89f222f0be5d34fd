import { navIcons } from '../../lib/generated/nav-icons';

/** A section's `nav_icon`, rendered on the server (names were checked against Tabler at build). */
export function NavIcon({ name }: { name?: string }) {
  const Icon = name ? navIcons[name] : undefined;
  return Icon ? <Icon size={18} stroke={1.75} aria-hidden className="docs-nav-icon" /> : null;
}
