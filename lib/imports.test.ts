// What the code may import: from its own layer or the ones below (ARCHITECTURE.md), and only declared packages.
import { execFileSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';

/** Layers from the bottom up; a path belongs to the first prefix it starts with. */
const LAYERS: { name: string; paths: string[] }[] = [
  { name: 'config', paths: ['site.config.ts'] },
  { name: 'content model', paths: ['lib/content/', 'lib/sync/', 'lib/generated/'] },
  { name: 'markdown pipeline', paths: ['lib/markdown/'] },
  { name: 'collections', paths: ['contentlayer.config.ts', 'contentlayer/generated', 'lib/collections/', 'lib/check/', 'lib/guide/'] },
  { name: 'site and deploy', paths: ['lib/site/', 'lib/deploy/', 'lib/export/'] },
  { name: 'components', paths: ['components/'] },
  { name: 'pages', paths: ['app/'] },
  {
    name: 'build steps and tests',
    paths: ['scripts/', 'e2e/', 'next.config.ts', 'playwright.config.ts', 'vitest.config.ts', 'eslint.config.mjs', 'lib/imports.test.ts'],
  },
];
/** Code that runs in the browser stands apart: it imports only its own folder. */
const BROWSER = 'lib/browser/';

const rank = (file: string) => LAYERS.findIndex((layer) => layer.paths.some((prefix) => file === prefix || file.startsWith(prefix)));
const EXTENSIONS = ['', '.ts', '.tsx', '.mjs', '.mts', '.json', '/index.ts'];

/** The repository path an import names, or null for a package. */
function target(from: string, specifier: string): string | null {
  if (specifier === 'contentlayer/generated') return specifier;
  if (!specifier.startsWith('.')) return null;
  const base = path.normalize(path.join(path.dirname(from), specifier));
  return EXTENSIONS.map((extension) => base + extension).find((candidate) => existsSync(candidate)) ?? base;
}

function imports(file: string): string[] {
  return ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((ref) => ref.fileName);
}

const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '*.ts', '*.tsx', '*.mjs', '*.mts'], { encoding: 'utf8' })
  .trim()
  .split('\n')
  .filter((file) => existsSync(file) && !file.startsWith('content/'));

it('places every module in a layer', () => {
  expect(files.filter((file) => rank(file) === -1 && !file.startsWith(BROWSER))).toEqual([]);
});

it('imports only from the same layer or the ones below; browser code only from lib/browser/', () => {
  const wrong: string[] = [];
  // Tests are leaves (nothing imports them): a test may use a higher layer, e.g. the real schema.
  for (const file of files.filter((name) => !/\.test\.tsx?$/.test(name))) {
    for (const specifier of imports(file)) {
      const to = target(file, specifier);
      if (to === null) continue;
      const upward = file.startsWith(BROWSER)
        ? !to.startsWith(BROWSER)
        : to.startsWith(BROWSER)
          ? rank(file) < rank('components/')
          : rank(to) > rank(file);
      if (upward) wrong.push(`${file} (${LAYERS[rank(file)]?.name ?? 'browser'}) imports ${to} (${LAYERS[rank(to)]?.name ?? 'browser'})`);
    }
  }
  expect(wrong).toEqual([]);
});

/** `@scope/name/sub` → `@scope/name`; `hast` → `@types/hast` when only the types are installed. */
function packageOf(specifier: string): string {
  const name = specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
  return existsSync(path.join('node_modules', name, 'package.json')) ? name : `@types/${name}`;
}

it('imports only packages package.json declares', () => {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  const declared = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies)]);
  const undeclared = files.flatMap((file) =>
    imports(file)
      .filter(
        (specifier) =>
          !specifier.startsWith('.') &&
          !specifier.startsWith('node:') &&
          !builtinModules.includes(specifier) &&
          specifier !== 'contentlayer/generated',
      )
      .map((specifier) => packageOf(specifier))
      .filter((name) => !declared.has(name))
      .map((name) => `${file} imports ${name}`),
  );
  expect(undeclared).toEqual([]);
});
