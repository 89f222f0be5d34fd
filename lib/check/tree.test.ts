import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readContentTree } from './tree';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readContentTree', () => {
  it('lists real files and refuses links, hidden and misleading names, without following anything', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'content-'));
    mkdirSync(path.join(dir, 'docs/guide'), { recursive: true });
    writeFileSync(path.join(dir, 'docs/guide/a.md'), 'x');
    writeFileSync(path.join(dir, 'docs/2021-02-18-the-@-modifier.md'), 'x');
    symlinkSync('/', path.join(dir, 'docs/root'));
    symlinkSync('/etc/passwd', path.join(dir, 'docs/passwd.md'));
    writeFileSync(path.join(dir, 'docs/..md'), 'x');
    writeFileSync(path.join(dir, 'docs/evil\u202etxt.md'), 'x');
    writeFileSync(path.join(dir, 'docs/a b.md'), 'x');
    const { files, problems } = readContentTree(dir);
    expect(files.map((f) => path.relative(dir, f))).toEqual(['docs/2021-02-18-the-@-modifier.md', 'docs/guide/a.md']);
    expect(problems.map((p) => `${path.relative(dir, p.file)}: ${p.message.split(':')[0]}`).sort()).toEqual([
      'docs/..md: The name "..md" starts with "."; content file and folder names start with a letter or digit',
      'docs/a b.md: The name "a b.md" contains a space or one of # ? % \\, which break URLs',
      'docs/evil\u202etxt.md: The name "evil\u202etxt.md" contains control or text-direction characters',
      'docs/passwd.md: A symbolic link',
      'docs/root: A symbolic link',
    ]);
  });
});
