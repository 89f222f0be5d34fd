import { Burger } from '@mantine/core';
import { ColorSchemeControl } from './ColorSchemeControl';
import { HeaderNav, type NavLink } from './HeaderNav';
import { ModalDialog } from './ModalDialog';

/** Phone navigation: a burger that opens a modal <dialog> from the right (see lib/browser/dialogs.ts). */
export function MobileMenu({ links }: { links: readonly NavLink[] }) {
  return (
    <>
      <Burger size="sm" aria-label="Open menu" aria-haspopup="dialog" aria-expanded="false" aria-controls="mobile-menu" className="mobile-menu-button" data-dialog-open="mobile-menu" data-requires-js />
      <ModalDialog id="mobile-menu" title="Menu" closeLabel="Close menu" className="drawer">
        <nav aria-label="Main">
          <HeaderNav links={links} className="mobile-nav" />
        </nav>
        <div className="mobile-menu-scheme">
          <ColorSchemeControl name="color-scheme-menu" />
        </div>
      </ModalDialog>
    </>
  );
}
