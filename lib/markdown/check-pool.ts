import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { BodyCheck } from './check-worker';
import type { BodyInput } from './pipeline';

/**
 * Seconds one body may take in the pipeline in `npm run check`. Real pages take well under one
 * (the configuration reference, 210 KB, about two on a busy CI machine); some Markdown shapes make
 * the parser slow down without bound, and a fork's file must not stall the build.
 * CHECK_COMPILE_BUDGET_SECONDS changes it: the check's own tests wait less for their stalling file.
 */
export const COMPILE_BUDGET_SECONDS = Number(process.env.CHECK_COMPILE_BUDGET_SECONDS) || 20;

const WORKER = fileURLToPath(new URL('./check-worker.ts', import.meta.url));

/** The answer to one job, or null when the budget ran out first. */
function ask(worker: ChildProcess, job: BodyInput, budgetSeconds: number): Promise<BodyCheck | null> {
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
 * Runs bodies through the pipeline (lib/markdown/pipeline.ts) in one child process per core,
 * stopping any body that runs over `budgetSeconds`: that body's result is a problem naming the
 * budget, and its process is replaced. (Child processes, not worker threads: tsx's loader does not
 * reach workers.) Results come back in the order of `jobs`.
 */
export async function checkBodiesWithBudget(jobs: BodyInput[], budgetSeconds = COMPILE_BUDGET_SECONDS): Promise<BodyCheck[]> {
  const results: BodyCheck[] = new Array<BodyCheck>(jobs.length);
  // Inherits this process's flags, so tsx's loader compiles the worker's TypeScript too.
  const start = () => fork(WORKER, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  // Large bodies first, so that no process is left with the longest one at the end.
  const order = jobs.map((_, i) => i).sort((a, b) => jobs[b].raw.length - jobs[a].raw.length);
  let next = 0;
  const lane = async () => {
    let worker = start();
    try {
      for (let i = order[next++]; i !== undefined; i = order[next++]) {
        const result = await ask(worker, jobs[i], budgetSeconds);
        if (result) {
          results[i] = result;
          continue;
        }
        worker.kill('SIGKILL');
        worker = start();
        results[i] = { problems: [{ reason: `This file took longer than ${budgetSeconds} s to compile and was stopped: split it into smaller pages, or simplify long runs of lists, tables or links` }], warnings: [], links: [], ids: [] };
      }
    } finally {
      worker.kill();
    }
  };
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), Math.max(1, jobs.length)) }, lane));
  return results;
}
