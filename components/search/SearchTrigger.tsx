'use client';

import { ActionIcon, Kbd, UnstyledButton } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';

// The dialog, Pagefind and the index load only when search is first opened.
const SearchDialog = dynamic(() => import('./SearchDialog'), { ssr: false });

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** The header's search box (an icon on phones); Ctrl+K, ⌘K and / open it from anywhere. */
export function SearchTrigger() {
  const [opened, setOpened] = useState(false);
  const [used, setUsed] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const shortcut = (event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey)) || (event.key === '/' && !isTyping(event.target));
      if (!shortcut) return;
      event.preventDefault();
      setUsed(true);
      setOpened(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const open = () => {
    setUsed(true);
    setOpened(true);
  };

  return (
    <>
      <UnstyledButton className="search-box" onClick={open} aria-haspopup="dialog" aria-keyshortcuts="Control+K Meta+K /">
        <IconSearch size={16} aria-hidden />
        <span className="search-box-text">Search</span>
        <Kbd size="xs" className="search-box-kbd" aria-hidden>
          Ctrl K
        </Kbd>
      </UnstyledButton>
      <ActionIcon className="search-icon" variant="subtle" color="gray" size="lg" onClick={open} aria-label="Search" aria-haspopup="dialog" aria-keyshortcuts="Control+K Meta+K /">
        <IconSearch size={20} aria-hidden />
      </ActionIcon>
      {used && <SearchDialog opened={opened} onClose={() => setOpened(false)} />}
    </>
  );
}
