'use client';

import { Select } from '@mantine/core';
import { useEffect, useState } from 'react';

export const ALL = 'all';
const OS_LABELS: Record<string, string> = { linux: 'Linux', darwin: 'macOS', windows: 'Windows', freebsd: 'FreeBSD', openbsd: 'OpenBSD', netbsd: 'NetBSD', dragonfly: 'DragonFly', illumos: 'illumos' };

type NavigatorWithUAData = Navigator & { userAgentData?: { platform?: string; getHighEntropyValues?: (hints: string[]) => Promise<{ architecture?: string; bitness?: string }> } };

/** The visitor's OS and architecture as the browser reports them; `all` where it cannot tell. */
async function detectPlatform(): Promise<{ os: string; arch: string }> {
  const nav = navigator as NavigatorWithUAData;
  const platform = `${nav.userAgentData?.platform ?? ''} ${navigator.platform} ${navigator.userAgent}`.toLowerCase();
  const os = /win/.test(platform) ? 'windows' : /mac|iphone|ipad/.test(platform) ? 'darwin' : /linux|x11/.test(platform) ? 'linux' : ALL;
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

/**
 * Filters the file tables by OS and architecture (hiding rows; the full tables are in the HTML,
 * so the page works without JavaScript). Starts from what the browser reports.
 */
export function DownloadFilters({ oses, arches, containerId }: { oses: string[]; arches: string[]; containerId: string }) {
  const [os, setOs] = useState(ALL);
  const [arch, setArch] = useState(ALL);

  useEffect(() => {
    detectPlatform().then((detected) => {
      if (detected.os === ALL || oses.includes(detected.os)) setOs(detected.os);
      if (detected.arch === ALL || arches.includes(detected.arch)) setArch(detected.arch);
    });
  }, [oses, arches]);

  useEffect(() => {
    const container = document.getElementById(containerId);
    if (!container) return;
    container.querySelectorAll<HTMLElement>('[data-file-os]').forEach((row) => {
      row.hidden = (os !== ALL && row.dataset.fileOs !== os) || (arch !== ALL && row.dataset.fileArch !== arch);
    });
    container.querySelectorAll<HTMLElement>('[data-release]').forEach((release) => {
      const visible = release.querySelectorAll('[data-file-os]:not([hidden])').length;
      release.querySelector<HTMLElement>('[data-no-files]')?.toggleAttribute('hidden', visible > 0);
    });
  }, [os, arch, containerId]);

  return (
    <div className="download-filters" role="group" aria-label="Show downloads for">
      <Select
        label="Operating system"
        value={os}
        onChange={(value) => setOs(value ?? ALL)}
        data={[{ value: ALL, label: 'All' }, ...oses.map((value) => ({ value, label: OS_LABELS[value] ?? value }))]}
        allowDeselect={false}
        w={180}
      />
      <Select
        label="Architecture"
        value={arch}
        onChange={(value) => setArch(value ?? ALL)}
        data={[{ value: ALL, label: 'All' }, ...arches.map((value) => ({ value, label: value }))]}
        allowDeselect={false}
        w={160}
      />
    </div>
  );
}
