import { Burger, CloseButton } from '@mantine/core';
import { ColorSchemeControl } from './ColorSchemeControl';
import { HeaderNav, type NavLink } from './HeaderNav';

/** Phone navigation: a burger that opens a modal <dialog> from the right (see lib/browser/dialogs.ts). */
export function MobileMenu({ links }: { links: readonly NavLink[] }) {
  return (
    <>
      <Burger size="sm" aria-label="Open menu" aria-haspopup="dialog" aria-expanded="false" aria-controls="mobile-menu" className="mobile-menu-button" data-dialog-open="mobile-menu" data-requires-js />
      <dialog id="mobile-menu" aria-labelledby="mobile-menu-title" className="drawer">
        <div className="drawer-body">
          <div className="drawer-header">
            <h2 id="mobile-menu-title" className="drawer-title">
              Menu
            </h2>
            <CloseButton aria-label="Close menu" data-dialog-close />
          </div>
          <nav aria-label="Main">
            <HeaderNav links={links} className="mobile-nav" />
          </nav>
          <div className="mobile-menu-scheme">
            <ColorSchemeControl name="color-scheme-menu" />
          </div>
        </div>
      </dialog>
    </>
  );
}
