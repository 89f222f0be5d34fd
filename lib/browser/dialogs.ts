/**
 * Buttons with data-dialog-open="<id>" open that <dialog> as a modal: the browser makes the
 * page behind inert and closes it on Escape. This adds: close buttons, a click on the
 * backdrop or on a link closes it, aria-expanded on the opener, focus back on the opener.
 */
export function openDialog(dialog: HTMLDialogElement, opener?: HTMLElement | null): void {
  if (dialog.open) return;
  const openers = document.querySelectorAll<HTMLElement>(`[data-dialog-open="${dialog.id}"]`);
  openers.forEach((button) => button.setAttribute('aria-expanded', 'true'));
  dialog.addEventListener(
    'close',
    () => {
      openers.forEach((button) => button.setAttribute('aria-expanded', 'false'));
      opener?.focus();
    },
    { once: true },
  );
  dialog.showModal();
  dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
}

export function initDialogs(): void {
  document.querySelectorAll<HTMLElement>('[data-dialog-open]').forEach((button) => {
    const dialog = document.getElementById(button.dataset.dialogOpen ?? '');
    if (!(dialog instanceof HTMLDialogElement)) return;
    button.addEventListener('click', () => openDialog(dialog, button));
  });
  document.querySelectorAll<HTMLDialogElement>('dialog').forEach((dialog) => {
    dialog.addEventListener('click', (event) => {
      const target = event.target instanceof Element ? event.target : null;
      // The dialog element itself is only hit on its backdrop: its content fills a child.
      if (target === dialog || target?.closest('[data-dialog-close], a[href]')) dialog.close();
    });
  });
}
