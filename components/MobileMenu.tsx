'use client';

import { Burger, Drawer } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { ColorSchemeControl } from './ColorSchemeControl';
import { HeaderNav, type NavLink } from './HeaderNav';

/** Phone navigation: a burger that opens a drawer; Mantine traps focus in it and Escape closes it. */
export function MobileMenu({ links }: { links: readonly NavLink[] }) {
  const [opened, { toggle, close }] = useDisclosure(false);
  return (
    <>
      <Burger opened={opened} onClick={toggle} size="sm" aria-label={opened ? 'Close menu' : 'Open menu'} aria-expanded={opened} aria-controls="mobile-menu" className="mobile-menu-button" />
      <Drawer opened={opened} onClose={close} title="Menu" position="right" size="xs" id="mobile-menu" closeButtonProps={{ 'aria-label': 'Close menu' }}>
        <nav aria-label="Main">
          <HeaderNav links={links} className="mobile-nav" onNavigate={close} />
        </nav>
        <div className="mobile-menu-scheme">
          <ColorSchemeControl />
        </div>
      </Drawer>
    </>
  );
}
