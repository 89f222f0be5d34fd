#!/usr/bin/env node
// `npm run dev`: contentlayer2 watches content/ and regenerates the collections and esbuild
// rebuilds the site script (lib/browser/) while `next dev` serves the site (contentlayer's
// Next plugin does nothing under Turbopack).
import { spawn } from 'node:child_process';

const children = [
  spawn(process.execPath, ['scripts/build/contentlayer.mjs', 'dev'], { stdio: 'inherit' }),
  spawn('npx', ['tsx', 'scripts/build/browser-bundle.ts', '--watch'], { stdio: 'inherit' }),
  spawn('npx', ['next', 'dev', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } }),
];

function stop(code) {
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
}

for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
