import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CheckJob } from './check-worker';
import type { BodyCheck } from './render';

/**
 * Seconds one body may take to compile in `npm run check`. Real pages take well under one (the
 * configuration reference, 210 KB, about two on a busy CI machine); some Markdown shapes make
 * the parser slow down without bound, and a fork's file must not stall the build.
 */
export const COMPILE_BUDGET_SECONDS = 20;

const WORKER = fileURLToPath(new URL('./check-worker.ts', import.meta.url));

/** The answer to one job, or null when the budget ran out first. */
function ask(worker: ChildProcess, job: CheckJob, budgetSeconds: number): Promise<BodyCheck | null> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      worker.off('exit', exited);
      resolve(null);
    }, budgetSeconds * 1000);
    const exited = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`The content check's compiler exited (${code}) on content/${job.sourceFilePath}`));
    };
    worker.once('exit', exited);
    worker.once('message', (message: BodyCheck) => {
      clearTimeout(timer);
      worker.off('exit', exited);
      resolve(message);
    });
    worker.send(job);
  });
}

/**
 * Compiles bodies one after another in a child process (checkBody), stopping any that runs over
 * `budgetSeconds`: that body's result is a problem naming the budget, and the rest go on in a
 * fresh process. (A child process, not a worker thread: tsx's loader does not reach workers.)
 */
export async function checkBodiesWithBudget(jobs: CheckJob[], budgetSeconds = COMPILE_BUDGET_SECONDS): Promise<BodyCheck[]> {
  const results: BodyCheck[] = [];
  // Inherits this process's flags, so tsx's loader compiles the worker's TypeScript too.
  const start = () => fork(WORKER, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let worker = start();
  try {
    for (const job of jobs) {
      const result = await ask(worker, job, budgetSeconds);
      if (result) {
        results.push(result);
        continue;
      }
      worker.kill('SIGKILL');
      worker = start();
      results.push({ problems: [{ reason: `This file took longer than ${budgetSeconds} s to compile and was stopped: split it into smaller pages, or simplify long runs of lists, tables or links` }], warnings: [], links: [], ids: [] });
    }
  } finally {
    worker.kill();
  }
  return results;
}
