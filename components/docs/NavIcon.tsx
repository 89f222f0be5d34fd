import { NAV_ICON_PROPS } from '../../lib/content/nav-icon';
import { navIcons } from '../../lib/generated/nav-icons';

/** A section's `nav_icon`, rendered on the server (names were checked against Tabler at build). */
export function NavIcon({ name }: { name?: string }) {
  const Icon = name ? navIcons[name] : undefined;
  return Icon ? <Icon {...NAV_ICON_PROPS} /> : null;
}
