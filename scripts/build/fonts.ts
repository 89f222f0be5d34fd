// Copies the self-hosted fonts from their npm packages into app/fonts/ (git-ignored), where
// app/layout.tsx loads them with next/font/local. next/font takes only literal paths relative to
// the layout, and a path into node_modules/ breaks in a copy of the site whose packages are
// installed in a parent folder (the test and benchmark builds in .fixture-builds/).
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const FONTS = [
  '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  '@fontsource-variable/inter/files/inter-latin-ext-wght-normal.woff2',
  '@fontsource/jetbrains-mono/files/jetbrains-mono-latin-400-normal.woff2',
  '@fontsource/jetbrains-mono/files/jetbrains-mono-latin-ext-400-normal.woff2',
];
mkdirSync(path.join('app', 'fonts'), { recursive: true });
for (const font of FONTS) copyFileSync(require.resolve(font), path.join('app', 'fonts', path.basename(font)));
