import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { cachedCheck, type BodyCheck } from '../markdown/body-cache';
import type { BodyInput } from '../markdown/pipeline';

/**
 * CPU seconds one body may take in the pipeline in `npm run check`. Real pages take well under one
 * (the configuration reference, 210 KB, about two on a busy CI machine); some Markdown shapes make
 * the parser slow down without bound, and a fork's file must not stall the build.
 * CHECK_COMPILE_BUDGET_SECONDS changes it: the check's own tests wait less for their stalling file.
 */
export const COMPILE_BUDGET_SECONDS = Number(process.env.CHECK_COMPILE_BUDGET_SECONDS) || 20;

const WORKER = fileURLToPath(new URL('./check-worker.ts', import.meta.url));

/**
 * The worker and the pipeline as one plain ES module, which a process loads without tsx (whose
 * loader doubled a worker's start: 2.7 → 1.4 s of CPU). Built afresh whenever workers are needed,
 * in a tenth of a second, so it is never older than the code; packages stay imports, resolved from
 * node_modules/.cache/ as from the site's own files.
 */
async function bundleWorker(): Promise<string> {
  const outfile = path.join(process.cwd(), 'node_modules', '.cache', 'check-worker', `${process.pid}.mjs`);
  await build({ entryPoints: [WORKER], outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'error' });
  return outfile;
}

/** A worker process, once it has loaded (it says so), so that loading is not timed as a body. */
function start(script: string): Promise<ChildProcess> {
  const worker = fork(script, { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    const exited = (code: number | null) => reject(new Error(`The content check's compiler exited (${code}) as it started`));
    worker.once('exit', exited);
    worker.once('message', () => {
      worker.off('exit', exited);
      resolve(worker);
    });
  });
}

/** Clock ticks per second, the unit of /proc's CPU times (100 on every common Linux). */
let clockTicks: number | undefined;

/** CPU seconds a process has used (user + system), or null where /proc cannot say. */
function cpuSeconds(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After the command name (in parentheses): utime and stime are the 12th and 13th fields.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    clockTicks ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100;
    return (Number(fields[11]) + Number(fields[12])) / clockTicks;
  } catch {
    return null;
  }
}

const POLL_MS = 200;

/**
 * The answer to one job, or null when the budget ran out first. The budget is the worker's CPU
 * time, so a busy machine (other builds, tests beside the check) does not stop ordinary files;
 * wall time is the measure only where /proc is missing, and ten budgets of it end any wait.
 */
function ask(worker: ChildProcess, job: BodyInput, budgetSeconds: number): Promise<BodyCheck | null> {
  return new Promise((resolve, reject) => {
    const started = { cpu: cpuSeconds(worker.pid), wall: Date.now() };
    const timer = setInterval(() => {
      const wall = (Date.now() - started.wall) / 1000;
      const cpu = cpuSeconds(worker.pid);
      const used = cpu === null || started.cpu === null ? wall : cpu - started.cpu;
      if (used <= budgetSeconds && wall <= budgetSeconds * 10) return;
      clearInterval(timer);
      worker.off('exit', exited);
      resolve(null);
    }, POLL_MS);
    const exited = (code: number | null) => {
      clearInterval(timer);
      reject(new Error(`The content check's compiler exited (${code}) on content/${job.sourceFilePath}`));
    };
    worker.once('exit', exited);
    worker.once('message', (message: BodyCheck) => {
      clearInterval(timer);
      worker.off('exit', exited);
      resolve(message);
    });
    worker.send(job);
  });
}

/**
 * Runs bodies through the pipeline (lib/markdown/pipeline.ts) in one child process per core,
 * stopping any body that runs over `budgetSeconds`: that body's result is a problem naming the
 * budget, and its process is replaced. (Child processes, not worker threads, so that one can be
 * stopped.) Bodies the cache has are read from it, and start no process. Results come back in the
 * order of `jobs`.
 */
export async function checkBodiesWithBudget(jobs: BodyInput[], budgetSeconds = COMPILE_BUDGET_SECONDS): Promise<BodyCheck[]> {
  const results: BodyCheck[] = new Array<BodyCheck>(jobs.length);
  const todo: number[] = [];
  jobs.forEach((job, i) => {
    const cached = cachedCheck(job);
    if (cached) results[i] = cached;
    else todo.push(i);
  });
  if (!todo.length) return results;
  // Large bodies first, so that no process is left with the longest one at the end.
  todo.sort((a, b) => jobs[b].raw.length - jobs[a].raw.length);
  const script = await bundleWorker();
  let next = 0;
  const lane = async () => {
    let worker = await start(script);
    try {
      for (let i = todo.at(next++); i !== undefined; i = todo.at(next++)) {
        const result = await ask(worker, jobs[i], budgetSeconds);
        if (result) {
          results[i] = result;
          continue;
        }
        worker.kill('SIGKILL');
        results[i] = {
          problems: [
            {
              reason: `This file took longer than ${budgetSeconds} s to compile and was stopped: split it into smaller pages, or simplify long runs of lists, tables or links`,
            },
          ],
          warnings: [],
          links: [],
          ids: [],
        };
        worker = await start(script);
      }
    } finally {
      worker.kill();
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(availableParallelism(), todo.length) }, lane));
  } finally {
    rmSync(script, { force: true });
  }
  return results;
}
