import { ActionIcon, Kbd, UnstyledButton } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { SearchDialog } from './SearchDialog';

const OPENER = { 'aria-haspopup': 'dialog', 'aria-keyshortcuts': 'Control+K Meta+K /', 'aria-controls': 'search-dialog', 'data-dialog-open': 'search-dialog', 'data-requires-js': '' } as const;

/** The header's search box (an icon on phones); Ctrl+K, ⌘K and / open it from anywhere (lib/browser/search.ts). */
export function SearchTrigger() {
  return (
    <>
      <UnstyledButton className="search-box" {...OPENER}>
        <IconSearch size={16} aria-hidden />
        <span className="search-box-text">Search</span>
        <Kbd size="xs" className="search-box-kbd" aria-hidden>
          Ctrl K
        </Kbd>
      </UnstyledButton>
      <ActionIcon className="search-icon" variant="subtle" color="gray" size="lg" aria-label="Search" {...OPENER}>
        <IconSearch size={20} aria-hidden />
      </ActionIcon>
      <SearchDialog />
    </>
  );
}
