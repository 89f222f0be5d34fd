const ALL = 'all';

type NavigatorWithUAData = Navigator & {
  userAgentData?: { platform?: string; getHighEntropyValues?: (hints: string[]) => Promise<{ architecture?: string; bitness?: string }> };
};

/** The visitor's OS and architecture as the browser reports them; `all` where it cannot tell. */
async function detectPlatform(): Promise<{ os: string; arch: string }> {
  const nav = navigator as NavigatorWithUAData;
  const platform = `${nav.userAgentData?.platform ?? ''} ${navigator.platform} ${navigator.userAgent}`.toLowerCase();
  const os = platform.includes('win')
    ? 'windows'
    : /mac|iphone|ipad/.test(platform)
      ? 'darwin'
      : /linux|x11/.test(platform)
        ? 'linux'
        : ALL;
  let arch = /aarch64|arm64/.test(platform) ? 'arm64' : /x86_64|win64|wow64|amd64/.test(platform) ? 'amd64' : ALL;
  try {
    const hints = await nav.userAgentData?.getHighEntropyValues?.(['architecture', 'bitness']);
    if (hints?.architecture === 'arm') arch = hints.bitness === '64' ? 'arm64' : 'armv7';
    else if (hints?.architecture === 'x86') arch = hints.bitness === '64' ? 'amd64' : '386';
  } catch {
    // No client hints: keep the guess from the user agent.
  }
  // Browsers on Apple Silicon report an Intel Mac; do not guess the architecture there.
  if (os === 'darwin' && arch === 'amd64' && !nav.userAgentData) arch = ALL;
  return { os, arch };
}

/** Selects the option with this value, when there is one. */
function choose(select: HTMLSelectElement, value: string): void {
  if ([...select.options].some((option) => option.value === value)) select.value = value;
}

/**
 * The download page's OS and architecture selects filter the file tables by hiding rows (the
 * full tables are in the HTML, so the page works without JavaScript). They start from what
 * the browser reports.
 */
export function initDownloadFilters(): void {
  const filters = document.querySelector<HTMLElement>('[data-download-filters]');
  const container = filters && document.getElementById(filters.dataset.downloadFilters ?? '');
  const os = filters?.querySelector<HTMLSelectElement>('select[name="os"]');
  const arch = filters?.querySelector<HTMLSelectElement>('select[name="arch"]');
  if (!container || !os || !arch) return;
  filters.hidden = false;

  const apply = () => {
    container.querySelectorAll<HTMLElement>('[data-file-os]').forEach((row) => {
      row.hidden = (os.value !== ALL && row.dataset.fileOs !== os.value) || (arch.value !== ALL && row.dataset.fileArch !== arch.value);
    });
    container.querySelectorAll<HTMLElement>('[data-release]').forEach((release) => {
      const visible = release.querySelectorAll('[data-file-os]:not([hidden])').length;
      release.querySelector<HTMLElement>('[data-no-files]')?.toggleAttribute('hidden', visible > 0);
    });
  };
  os.addEventListener('change', apply);
  arch.addEventListener('change', apply);
  void detectPlatform().then((detected) => {
    choose(os, detected.os);
    choose(arch, detected.arch);
    apply();
  });
}
