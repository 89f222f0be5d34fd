// `npm run content`, first half: refuses links and bad names in content/, then checks the content
// (scripts/build/check.ts, which runs every body through the pipeline on all cores and leaves the results
// in the body cache), then indexes it (contentlayer2), whose computed fields read those results.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_DIR } from '../../lib/content/source';
import { ASSET_FILE } from '../../lib/content/upstream-files';
import { printProblems } from '../../lib/check/report';
import { readContentTree } from '../../lib/check/tree';

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
const checked = await exited(spawn(process.execPath, [...process.execArgv, 'scripts/build/check.ts'], { stdio: 'inherit' }));
if (checked !== 0) process.exit(checked);
process.exit(await exited(spawn(process.execPath, ['scripts/build/contentlayer.mjs', 'build'], { stdio: 'inherit' })));
