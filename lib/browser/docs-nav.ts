const FOCUSABLE = 'a[href], summary, button:not([disabled])';

/** Whether Tab can reach an element: not inside a closed <details> (its own summary excepted). */
function isReachable(element: HTMLElement): boolean {
  const start = element.tagName === 'SUMMARY' ? element.parentElement?.parentElement : element.parentElement;
  return !start?.closest('details:not([open])');
}

/**
 * The docs navigation as a drawer on phones. The nav is server-rendered once, in the page;
 * its button moves it on and off screen, traps focus while it is open, and closes it on
 * Escape, on the backdrop or when a link is followed.
 */
export function initDocsNav(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-docs-nav-toggle]');
  const panel = button && document.getElementById(button.getAttribute('aria-controls') ?? '');
  if (!button || !panel) return;

  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      close();
      return;
    }
    if (event.key !== 'Tab') return;
    const items = [...panel.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(isReachable);
    const first = items.at(0);
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
    if (event.target === panel || (event.target instanceof Element && event.target.closest('a[href]'))) close();
  };
  const setOpen = (open: boolean) => {
    panel.toggleAttribute('data-open', open);
    document.body.toggleAttribute('data-docs-nav-open', open);
    button.setAttribute('aria-expanded', String(open));
    if (open) {
      panel.setAttribute('role', 'dialog');
      panel.setAttribute('aria-modal', 'true');
      document.addEventListener('keydown', onKey);
      panel.addEventListener('click', onClick);
    } else {
      panel.removeAttribute('role');
      panel.removeAttribute('aria-modal');
      document.removeEventListener('keydown', onKey);
      panel.removeEventListener('click', onClick);
    }
  };
  function close() {
    setOpen(false);
    button?.focus();
  }

  button.addEventListener('click', () => {
    setOpen(true);
    (panel.querySelector<HTMLElement>('[aria-current="page"]') ?? panel.querySelector<HTMLElement>(FOCUSABLE))?.focus();
  });
}
