// One body at a time through the pipeline, for lib/markdown/check-pool.ts: in a child process, so
// the pool can stop one that runs over its time budget. Results land in the body cache.
import { processBody, type BodyInput } from './pipeline';

/** What the check needs of a processed body; the tree stays in the cache for the build. */
export type BodyCheck = Pick<Awaited<ReturnType<typeof processBody>>, 'problems' | 'warnings' | 'links' | 'ids'>;

process.on('message', (job: BodyInput) => {
  void processBody(job).then(({ problems, warnings, links, ids }) => process.send?.({ problems, warnings, links, ids } satisfies BodyCheck));
});
