import { ActionIcon, Kbd, UnstyledButton } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { SearchDialog } from './SearchDialog';
import classes from './SearchTrigger.module.css';

const OPENER = {
  'aria-haspopup': 'dialog',
  'aria-keyshortcuts': 'Control+K Meta+K /',
  'aria-controls': 'search-dialog',
  'data-dialog-open': 'search-dialog',
  'data-requires-js': '',
} as const;

/** The header's search box (an icon on phones); Ctrl+K, ⌘K and / open it from anywhere (lib/browser/search.ts). */
export function SearchTrigger() {
  return (
    <>
      {/* `search-box`: e2e/search.spec.ts opens search with it. */}
      <UnstyledButton className={`search-box ${classes.box}`} {...OPENER}>
        <IconSearch size={16} aria-hidden />
        <span className="search-box-text">Search</span>
        <Kbd size="xs" className={classes.kbd} aria-hidden>
          Ctrl K
        </Kbd>
      </UnstyledButton>
      <ActionIcon className={classes.icon} variant="subtle" color="gray" size="lg" aria-label="Search" {...OPENER}>
        <IconSearch size={20} aria-hidden />
      </ActionIcon>
      <SearchDialog />
    </>
  );
}
