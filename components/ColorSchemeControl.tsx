'use client';

import { SegmentedControl, VisuallyHidden, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { useMounted } from '@mantine/hooks';
import { IconDeviceDesktop, IconMoon, IconSun } from '@tabler/icons-react';

const OPTIONS: { value: MantineColorScheme; label: string; Icon: typeof IconSun }[] = [
  { value: 'auto', label: 'Auto (system)', Icon: IconDeviceDesktop },
  { value: 'light', label: 'Light', Icon: IconSun },
  { value: 'dark', label: 'Dark', Icon: IconMoon },
];

/** Auto / light / dark. Mantine persists the choice in localStorage; ColorSchemeScript applies it before paint. */
export function ColorSchemeControl() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  // The stored choice is only known in the browser; until then show none selected, at the same size.
  const mounted = useMounted();
  return (
    <SegmentedControl
      size="xs"
      radius="xl"
      aria-label="Colour scheme"
      className="color-scheme-control"
      value={mounted ? colorScheme : ''}
      onChange={(value) => setColorScheme(value as MantineColorScheme)}
      data={OPTIONS.map(({ value, label, Icon }) => ({
        value,
        label: (
          <span className="color-scheme-option" title={label}>
            <Icon size={16} aria-hidden />
            <VisuallyHidden>{label}</VisuallyHidden>
          </span>
        ),
      }))}
    />
  );
}
