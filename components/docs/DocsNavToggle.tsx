import { Button } from '@mantine/core';
import { IconLayoutSidebarLeftExpand } from '@tabler/icons-react';
import classes from './DocsNavToggle.module.css';

/** Opens the docs navigation as a drawer on phones (lib/browser/docs-nav.ts). */
export function DocsNavToggle({ navId }: { navId: string }) {
  return (
    <Button
      variant="default"
      size="sm"
      className={classes.toggle}
      leftSection={<IconLayoutSidebarLeftExpand size={18} aria-hidden />}
      aria-expanded="false"
      aria-controls={navId}
      data-docs-nav-toggle
      data-requires-js
    >
      Docs menu
    </Button>
  );
}
