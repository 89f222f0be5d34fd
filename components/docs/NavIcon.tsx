import { DEFAULT_NAV_ICON, NAV_ICON_PROPS } from '../../lib/content/nav-icon';
import { navIcons } from '../../lib/generated/nav-icons';

/** A section's `nav_icon`, rendered on the server; a name Tabler lacks draws the default icon. */
export function NavIcon({ name }: { name?: string }) {
  const Icon = name ? (navIcons[name] ?? navIcons[DEFAULT_NAV_ICON]) : undefined;
  return Icon ? <Icon {...NAV_ICON_PROPS} /> : null;
}
