/** The announcement's close button: hides it and remembers that for this announcement id. */
export function initAnnouncement(): void {
  document.querySelectorAll<HTMLButtonElement>('[data-dismiss-announcement]').forEach((button) => {
    button.addEventListener('click', () => {
      document.documentElement.setAttribute('data-announcement-dismissed', '');
      try {
        localStorage.setItem(button.dataset.storageKey ?? '', button.dataset.dismissAnnouncement ?? '');
      } catch {
        // Private mode without storage: hidden for this page view only.
      }
    });
  });
}
