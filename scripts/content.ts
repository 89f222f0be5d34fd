// `npm run content`, first half: refuses links and bad names in content/, then checks the content
// (scripts/check.ts) and indexes it (contentlayer2) side by side, one core each. The check's
// report is the one editors read, so contentlayer's output is shown only when the check passed; if the check fails, contentlayer stops.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_DIR } from '../lib/content/source';
import { ASSET_FILE } from '../lib/content/upstream-files';
import { printProblems } from '../lib/content/report';
import { readContentTree } from '../lib/content/tree';

// contentlayer follows symbolic links (one to / ran for minutes at 4 GB): refuse them first.
const tree = readContentTree();
if (tree.problems.length) {
  printProblems(tree.problems);
  console.error(`${tree.problems.length} problem(s) in content/: nothing was built.`);
  process.exit(1);
}

// Images beside the Markdown (upstream docs keep theirs in docs/images/) are served at their path.
for (const area of ['docs', 'blog', 'pages']) rmSync(path.join('public', area), { recursive: true, force: true });
for (const file of tree.files.filter((f) => ASSET_FILE.test(f))) {
  const target = path.join('public', path.relative(CONTENT_DIR, file));
  mkdirSync(path.dirname(target), { recursive: true });
  copyFileSync(file, target);
}

const exited = (child: ChildProcess) => new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
const check = spawn(process.execPath, [...process.execArgv, 'scripts/check.ts'], { stdio: 'inherit' });
const index = spawn(process.execPath, ['scripts/contentlayer.mjs', 'build'], { stdio: ['ignore', 'pipe', 'pipe'] });
const checked = exited(check);
const indexed = exited(index);
const output: Buffer[] = [];
index.stdout.on('data', (chunk: Buffer) => output.push(chunk));
index.stderr.on('data', (chunk: Buffer) => output.push(chunk));

if ((await checked) !== 0) {
  index.kill();
  process.exit(await checked);
}
const code = await indexed;
process.stdout.write(Buffer.concat(output));
process.exit(code);
