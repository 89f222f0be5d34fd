import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** `brand-github` → `IconBrandGithub`: the export name @tabler/icons-react uses. */
export function tablerExportName(name: string): string {
  return `Icon${name
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')}`;
}

// The CommonJS entry sits in dist/cjs; one module per icon lives in dist/esm/icons.
const iconsDir = path.join(path.dirname(createRequire(import.meta.url).resolve('@tabler/icons-react')), '..', 'esm', 'icons');

/** Whether @tabler/icons-react has an icon of this kebab-case name. */
export function isTablerIcon(name: string): boolean {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(name) && existsSync(path.join(iconsDir, `${tablerExportName(name)}.mjs`));
}
