import { execFileSync } from 'node:child_process';

let cache: Map<string, string> | undefined;

/**
 * Date of the last commit that touched each file under `dir`, from one `git log` pass.
 * Empty when history is not really there (no git, or a shallow clone such as CI or Vercel
 * make, where the oldest commit would claim every file): better no date than a wrong one.
 */
export function lastCommitDates(dir = 'content'): Map<string, string> {
  if (cache) return cache;
  cache = new Map();
  try {
    const shallow = execFileSync('git', ['rev-parse', '--is-shallow-repository'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (shallow !== 'false') return cache;
    const log = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--relative', '--no-renames', '--', dir], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    for (const block of log.split('\0').slice(1)) {
      const [date, ...files] = block.trim().split('\n');
      // Newest commits come first: the first date seen for a file is its last change.
      for (const file of files) if (file && !cache.has(file)) cache.set(file, date);
    }
  } catch {
    // Not a git checkout: no dates.
  }
  return cache;
}
