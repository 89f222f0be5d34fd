import { Burger } from '@mantine/core';
import { ColorSchemeControl } from './ColorSchemeControl';
import { HeaderNav, type NavLink } from './HeaderNav';
import { ModalDialog } from './ModalDialog';
import classes from './MobileMenu.module.css';

/** Phone navigation: a burger that opens a modal <dialog> from the right (see lib/browser/dialogs.ts). */
export function MobileMenu({ links }: { links: readonly NavLink[] }) {
  return (
    <>
      <Burger
        size="sm"
        aria-label="Open menu"
        aria-haspopup="dialog"
        aria-expanded="false"
        aria-controls="mobile-menu"
        className={classes.button}
        data-dialog-open="mobile-menu"
        data-requires-js
      />
      <ModalDialog id="mobile-menu" title="Menu" closeLabel="Close menu" className={classes.drawer}>
        <nav aria-label="Main">
          <HeaderNav links={links} menu />
        </nav>
        <div className={classes.scheme}>
          <ColorSchemeControl name="color-scheme-menu" />
        </div>
      </ModalDialog>
    </>
  );
}
