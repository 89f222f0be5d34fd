/** Where the inline head script (lib/site/inline-scripts.ts) reads the choice before first paint. */
const STORAGE_KEY = 'mantine-color-scheme-value';
type Choice = 'auto' | 'light' | 'dark';

const systemDark = () => window.matchMedia('(prefers-color-scheme: dark)');

function storedChoice(): Choice {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : 'auto';
  } catch {
    return 'auto';
  }
}

function apply(choice: Choice): void {
  const scheme = choice === 'auto' ? (systemDark().matches ? 'dark' : 'light') : choice;
  document.documentElement.setAttribute('data-mantine-color-scheme', scheme);
}

/** Auto / light / dark radios (header and phone menu): stores the choice and applies it at once. */
export function initColorScheme(): void {
  const radios = [...document.querySelectorAll<HTMLInputElement>('[data-color-scheme-control] input[type="radio"]')];
  const show = (choice: Choice) => radios.forEach((radio) => (radio.checked = radio.value === choice));
  show(storedChoice());
  for (const radio of radios) {
    radio.addEventListener('change', () => {
      if (!radio.checked) return;
      const choice = radio.value as Choice;
      try {
        localStorage.setItem(STORAGE_KEY, choice);
      } catch {
        // Private mode without storage: applies to this page view only.
      }
      apply(choice);
      show(choice);
    });
  }
  // In auto mode, follow the system when it switches while the page is open.
  systemDark().addEventListener('change', () => {
    if (storedChoice() === 'auto') apply('auto');
  });
}
