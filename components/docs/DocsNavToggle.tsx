'use client';

import { Button } from '@mantine/core';
import { IconLayoutSidebarLeftExpand } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';

const FOCUSABLE = 'a[href], summary, button:not([disabled])';

/** Whether Tab can reach an element: not inside a closed <details> (its own summary excepted). */
function isReachable(element: HTMLElement): boolean {
  const start = element.tagName === 'SUMMARY' ? element.parentElement?.parentElement : element.parentElement;
  return !start?.closest('details:not([open])');
}

/**
 * Opens the docs navigation as a drawer on phones. The nav itself is server-rendered once,
 * in the page; this button only moves it on and off screen, traps focus while it is open,
 * and closes it on Escape, on the backdrop or when a link is followed.
 */
export function DocsNavToggle({ navId }: { navId: string }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);

  useEffect(() => {
    const panel = document.getElementById(navId);
    if (!panel) return;
    panel.toggleAttribute('data-open', open);
    document.body.toggleAttribute('data-docs-nav-open', open);
    if (!open) return;
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-modal', 'true');
    const current = panel.querySelector<HTMLElement>('[aria-current="page"]') ?? panel.querySelector<HTMLElement>(FOCUSABLE);
    current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') return close();
      if (event.key !== 'Tab') return;
      const items = [...panel.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(isReachable);
      const first = items[0];
      const last = items.at(-1);
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first?.focus();
      }
    };
    const onClick = (event: MouseEvent) => {
      if (event.target === panel || (event.target instanceof Element && event.target.closest('a[href]'))) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    panel.addEventListener('click', onClick);
    return () => {
      panel.removeAttribute('role');
      panel.removeAttribute('aria-modal');
      document.removeEventListener('keydown', onKey);
      panel.removeEventListener('click', onClick);
    };
  }, [open, navId, close]);

  return (
    <Button
      ref={button}
      variant="default"
      size="sm"
      className="docs-nav-toggle"
      leftSection={<IconLayoutSidebarLeftExpand size={18} aria-hidden />}
      aria-expanded={open}
      aria-controls={navId}
      onClick={() => setOpen(true)}
    >
      Docs menu
    </Button>
  );
}
