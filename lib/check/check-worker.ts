// One body at a time through the pipeline, for lib/check/check-pool.ts: in a child process, so
// the pool can stop one that runs over its time budget. Results land in the body cache.
import type { BodyCheck } from '../markdown/body-cache';
import { processBody, type BodyInput } from '../markdown/pipeline';

process.on('message', (job: BodyInput) => {
  void processBody(job).then(({ problems, warnings, links, ids }) =>
    process.send?.({ problems, warnings, links, ids } satisfies BodyCheck),
  );
});
// Loaded: the pool starts timing the first body from here, not from the fork.
process.send?.('ready');
