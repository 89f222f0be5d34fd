import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

/** This process's part of a job split over one process per core. */
export type Shard = { index: number; count: number; owns: (key: string) => boolean };

/**
 * Splits CPU-bound work over one process per core. Without SHARD=i/n in the environment it
 * starts this script once per core with it, waits, and exits with the worst exit code; in a
 * shard it returns which keys (paths) are this process's to handle.
 */
export async function shard(): Promise<Shard> {
  const own = process.env.SHARD?.split('/').map(Number);
  if (!own) {
    const count = availableParallelism();
    const codes = await Promise.all(
      Array.from(
        { length: count },
        (_, i) =>
          new Promise<number>((resolve) => {
            const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
              stdio: 'inherit',
              env: { ...process.env, SHARD: `${i}/${count}` },
            });
            child.on('exit', (code) => resolve(code ?? 1));
          }),
      ),
    );
    process.exit(Math.max(...codes));
  }
  const [index, count] = own;
  return {
    index,
    count,
    owns: (key) => Array.from(key).reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) >>> 0, 7) % count === index,
  };
}
