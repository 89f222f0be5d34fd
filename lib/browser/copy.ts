const RESET_MS = 2000;

/** Shows a confirmation in the button's name (and its visible text, where it has one) for a moment. */
function confirm(button: HTMLButtonElement, label: string, copied: boolean): void {
  const idle = button.dataset.label ?? button.getAttribute('aria-label') ?? button.textContent;
  button.dataset.label = idle;
  button.toggleAttribute('data-copied', copied);
  const text = button.querySelector<HTMLElement>('[data-copy-text]');
  if (text) text.textContent = label;
  else button.setAttribute('aria-label', label);
  window.setTimeout(() => {
    button.removeAttribute('data-copied');
    if (text) text.textContent = idle;
    else button.setAttribute('aria-label', idle);
  }, RESET_MS);
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const { copy: kind, copyValue, copyHref } = button.dataset;
  try {
    let value = copyValue ?? '';
    // Code blocks: read the DOM, so the code is not sent twice.
    if (kind === 'code') value = button.closest('.code-block')?.querySelector('pre')?.textContent ?? '';
    if (kind === 'url' && copyHref) {
      const response = await fetch(copyHref);
      if (!response.ok) throw new Error(String(response.status));
      value = await response.text();
    }
    await navigator.clipboard.writeText(value);
    confirm(button, button.dataset.copiedLabel ?? 'Copied', true);
  } catch {
    confirm(button, 'Could not copy', false);
  }
}

/** Buttons with data-copy: `code` (the block they sit in), `value` (data-copy-value), `url` (fetched). */
export function initCopyButtons(): void {
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-copy]') : null;
    if (button) void copy(button);
  });
}
