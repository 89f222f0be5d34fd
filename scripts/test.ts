// `npm test`: every suite, in an order that keeps both cores of a CI machine busy. The end-to-end
// fixture build (e2e/shared-build.ts) starts first, in the background, so that it runs while the
// unit tests, the site's build and the type check leave a core free, rather than beside the
// browser tests; the Playwright run then finds it started (e2e/global-setup.ts).
import { spawnSync } from 'node:child_process';
import { SHARED_BUILD_STARTED, startSharedBuild } from '../e2e/shared-build';

const STEPS: { command: string; args: string[]; env?: Record<string, string> }[] = [
  { command: 'npx', args: ['vitest', 'run'] },
  // The committed docs and download data: the test build needs no network.
  { command: 'npm', args: ['run', 'build'], env: { DOCS_FALLBACK: '1', DOWNLOADS_SNAPSHOT: '1' } },
  { command: 'npx', args: ['tsc', '--noEmit'] },
  { command: 'npx', args: ['playwright', 'test'] },
];

const started = performance.now();
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(0)} s`;
const times: string[] = [];
const stop = startSharedBuild();
let status = 0;
try {
  for (const { command, args, env } of STEPS) {
    const stepStarted = performance.now();
    const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env, [SHARED_BUILD_STARTED]: '1' } });
    times.push(`${args[0] === 'run' ? args[1] : args[0]} ${seconds(stepStarted)}`);
    status = result.status ?? 1;
    if (status !== 0) {
      console.error(`npm test: \`${command} ${args.join(' ')}\` failed (exit ${result.status ?? result.signal}); the steps after it did not run.`);
      break;
    }
  }
} finally {
  stop();
}
console.log(`npm test: ${times.join(', ')}; ${seconds(started)} in all.`);
process.exit(status);
