// Build timing for `npm run bench`: wall time and peak memory of `npm run build`, step by step
// (check, contentlayer2, nav icons, next build, each postbuild script), for the site as it is or
// for a copy with a generated docs corpus added (BENCH_CORPORA).
// One corpus alone: npx tsx -e "import('./scripts/bench/bench-build.ts').then((m) => console.log(m.corpusBuild(1000)))"
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareFixtureDir } from '../../e2e/fixture-build';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export type Timing = { seconds: number; peakMiB: number };
export type StepTiming = { step: string; timing: Timing } | { step: string; failed: string };

/**
 * Runs a command under GNU time: wall seconds and the peak RSS of its largest process. Throws if
 * it fails, or if it runs longer than `timeoutSeconds` (then it and its children are killed).
 */
export function timed(command: string[], cwd = '.', env: Record<string, string> = {}, timeoutSeconds?: number): Timing {
  const limited = timeoutSeconds ? ['timeout', '--kill-after=30', String(timeoutSeconds), ...command] : command;
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', ...limited], {
    cwd,
    encoding: 'utf8',
    // A big corpus prints more than spawnSync's default 1 MiB, which would kill the build.
    maxBuffer: 256 * 2 ** 20,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...env },
  });
  if (timeoutSeconds && result.status === 124) throw new Error(`timed out after ${timeoutSeconds} s`);
  if (result.status !== 0)
    throw new Error(
      `${command.join(' ')} failed (${result.status ?? result.signal}):\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`,
    );
  const [seconds, kib] = (result.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  return { seconds, peakMiB: kib / 1024 };
}

/** The shell commands `npm run <name>` runs, in order: pre/post scripts and nested `npm run`s expanded. */
export function npmScriptSteps(name: string, scripts: Partial<Record<string, string>>): string[] {
  return [`pre${name}`, name, `post${name}`]
    .flatMap((script) => (scripts[script]?.split(' && ') ?? []).map((command) => command.trim()))
    .flatMap((command) => {
      const nested = /^npm run ([\w:-]+)$/.exec(command);
      return nested ? npmScriptSteps(nested[1], scripts) : [command];
    });
}

/** Seconds a build step may take (BENCH_STEP_TIMEOUT): a corpus too big for the machine ends as a row, not a stuck bench. */
const STEP_TIMEOUT = Number(process.env.BENCH_STEP_TIMEOUT ?? 3600);

/** `npm run build` in `cwd` (with `extraEnv`), one step at a time under GNU time; stops at the first step that fails. */
export function timedBuildSteps(cwd = '.', extraEnv: Record<string, string> = {}): StepTiming[] {
  const { scripts } = JSON.parse(readFileSync(path.join(cwd, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  // As `npm run` does: the repository's node_modules/.bin first (fixture copies sit inside it).
  const env = { ...extraEnv, PATH: `${path.join(ROOT, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}` };
  const steps: StepTiming[] = [];
  for (const step of npmScriptSteps('build', scripts)) {
    try {
      steps.push({ step, timing: timed(['sh', '-c', step], cwd, env, STEP_TIMEOUT) });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      console.error(`${cwd}: ${message}`);
      steps.push({ step, failed: message.startsWith('timed out') ? message : 'FAILED' });
      break;
    }
  }
  return steps;
}

/** Whole-build wall time (sum of the steps) and peak memory (largest step), or undefined if a step failed. */
export function buildTotal(steps: StepTiming[]): Timing | undefined {
  const timings = steps.flatMap((step) => ('timing' in step ? [step.timing] : []));
  if (timings.length < steps.length) return undefined;
  return { seconds: timings.reduce((sum, t) => sum + t.seconds, 0), peakMiB: Math.max(...timings.map((t) => t.peakMiB)) };
}

/** Builds a copy of the site with `size` generated docs pages, step by step. */
export function corpusBuild(size: number): StepTiming[] {
  const fixture = prepareFixtureDir(`bench-${size}`, {}, { generatedPages: size });
  try {
    return timedBuildSteps(fixture.dir);
  } finally {
    fixture.cleanup();
  }
}

function cell(step: StepTiming | undefined): string {
  if (!step) return '–';
  return 'timing' in step ? `${step.timing.seconds.toFixed(0)} s, ${step.timing.peakMiB.toFixed(0)} MiB` : step.failed;
}

/** Markdown: one row per corpus (total), then time and peak memory of each step per corpus. */
export function buildTables(corpora: { label: string; steps: StepTiming[] }[]): string {
  const totals = ['| corpus | build time | peak memory |', '|---|---|---|'];
  for (const { label, steps } of corpora) {
    const total = buildTotal(steps);
    const failed = steps.find((step) => 'failed' in step);
    totals.push(
      total
        ? `| ${label} | ${total.seconds.toFixed(0)} s | ${total.peakMiB.toFixed(0)} MiB |`
        : `| ${label} | FAILED at \`${failed?.step}\` | – |`,
    );
  }
  const names = [...new Set(corpora.flatMap(({ steps }) => steps.map(({ step }) => step)))];
  const perStep = [`| step | ${corpora.map(({ label }) => label).join(' | ')} |`, `|---|${corpora.map(() => '---|').join('')}`];
  for (const name of names)
    perStep.push(`| \`${name}\` | ${corpora.map(({ steps }) => cell(steps.find(({ step }) => step === name))).join(' | ')} |`);
  return `${totals.join('\n')}\n\nPer step (wall time, peak RSS of the step's largest process):\n\n${perStep.join('\n')}`;
}
