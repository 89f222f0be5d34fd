import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDir } from './cache-dir';

describe('cacheDir', () => {
  it('is in the nearest node_modules at or above the folder, else in the folder itself', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'cache-dir-'));
    mkdirSync(path.join(root, 'node_modules'));
    mkdirSync(path.join(root, 'copy', 'deeper'), { recursive: true });
    expect(cacheDir('cards', root)).toBe(path.join(root, 'node_modules', '.cache', 'cards'));
    expect(cacheDir('cards', path.join(root, 'copy', 'deeper'))).toBe(path.join(root, 'node_modules', '.cache', 'cards'));
    // Nowhere to be found (a folder outside any install): where the build is.
    expect(cacheDir('cards', '/')).toBe(path.join('/', 'node_modules', '.cache', 'cards'));
  });
});
