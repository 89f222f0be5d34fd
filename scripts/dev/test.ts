// `npm test`: every suite, in an order that keeps both cores of a CI machine busy. The end-to-end
// fixture build (e2e/shared-build.ts) starts first, in the background, so that it runs on the core
// the unit tests and the site's build leave free, rather than beside the browser tests (the
// Playwright run finds it started: e2e/global-setup.ts); the type check runs beside those.
import { spawn } from 'node:child_process';
import { SHARED_BUILD_STARTED, startSharedBuild } from '../../e2e/shared-build';

type Step = { command: string; args: string[]; env?: Record<string, string> };

/** Run one after another; a step with `beside` runs those steps at the same time (all must pass). */
const STEPS: (Step & { beside?: Step[] })[] = [
  { command: 'npx', args: ['vitest', 'run'] },
  // The committed docs and download data: the test build needs no network.
  { command: 'npm', args: ['run', 'build'], env: { DOCS_FALLBACK: '1', DOWNLOADS_SNAPSHOT: '1' } },
  // The type check and the type-aware lint need the build's generated types; the browser tests share their core.
  // Playwright's first project (e2e/dev.spec.ts) starts `npm run dev` on one worker while the other runs the site's tests.
  {
    command: 'npx',
    args: ['playwright', 'test'],
    beside: [
      { command: 'npx', args: ['tsc', '--noEmit'] },
      { command: 'npm', args: ['run', 'lint'] },
    ],
  },
];

const started = performance.now();
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(0)} s`;
const times: string[] = [];

/** Runs a step, printing as it goes; resolves to its exit status and notes its time. */
function run({ command, args, env }: Step): Promise<number> {
  const stepStarted = performance.now();
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env, [SHARED_BUILD_STARTED]: '1' } });
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      times.push(`${args[0] === 'run' ? args[1] : args[0]} ${seconds(stepStarted)}`);
      if (code !== 0) console.error(`npm test: \`${command} ${args.join(' ')}\` failed (exit ${code ?? signal}).`);
      resolve(code ?? 1);
    });
  });
}

const stop = startSharedBuild();
let status = 0;
try {
  for (const step of STEPS) {
    const statuses = await Promise.all([step, ...(step.beside ?? [])].map(run));
    status = statuses.find((code) => code !== 0) ?? 0;
    if (status !== 0) {
      console.error('npm test: the steps after it did not run.');
      break;
    }
  }
} finally {
  stop();
}
console.log(`npm test: ${times.join(', ')}; ${seconds(started)} in all.`);
process.exit(status);
