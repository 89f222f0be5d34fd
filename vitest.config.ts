import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['lib/**/*.test.{ts,tsx}', 'components/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Every core: Vitest's default leaves one free, which on a 2-core CI machine runs the files one at a time (52 s → 36 s).
    maxWorkers: availableParallelism(),
    // Test files share a worker's modules (Shiki, unified, the pipeline) instead of loading them each
    // anew: 29 → 17 s. No test mocks modules or changes the environment (body-cache.test.ts, which
    // moves to a scratch folder, loads its own copy of the cache module), and shuffled runs pass.
    isolate: false,
    // The first render loads Shiki's grammars and themes.
    testTimeout: 30_000,
  },
});
