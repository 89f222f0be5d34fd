'use client';

import { Button, Menu, MenuDropdown, MenuItem, MenuLabel, MenuTarget, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconChevronDown } from '@tabler/icons-react';

export type VersionOption = { id: string; href: string; current: boolean; latest: boolean; lts: boolean; prerelease: boolean };

function Labels({ option }: { option: VersionOption }) {
  return (
    <>
      {option.latest && <span className="version-badge">latest</span>}
      {option.lts && <span className="version-badge">LTS</span>}
      {option.prerelease && <span className="version-badge">pre-release</span>}
    </>
  );
}

/**
 * Switches between the versions of a versioned docs section. Targets are computed on the
 * server: the same page in the other version when it exists, else that version's index.
 */
export function VersionSelector({ product, options }: { product: string; options: VersionOption[] }) {
  const current = options.find((option) => option.current) ?? options[0];
  return (
    <Menu position="bottom-start" width={240} withinPortal={false}>
      <MenuTarget>
        <Button variant="default" size="xs" fullWidth justify="space-between" rightSection={<IconChevronDown size={14} aria-hidden />} className="version-selector">
          <span className="version-selector-label">
            {product} {current.id} <Labels option={current} />
            <VisuallyHidden>, change version</VisuallyHidden>
          </span>
        </Button>
      </MenuTarget>
      <MenuDropdown>
        <MenuLabel>{product} versions</MenuLabel>
        {options.map((option) => (
          <MenuItem
            key={option.id}
            component="a"
            href={option.href}
            aria-current={option.current ? 'page' : undefined}
            leftSection={option.current ? <IconCheck size={14} aria-hidden /> : <span className="version-selector-spacer" />}
          >
            <span className="version-selector-label">
              {option.id} <Labels option={option} />
            </span>
          </MenuItem>
        ))}
      </MenuDropdown>
    </Menu>
  );
}
