// One body compile at a time, for lib/markdown/check-pool.ts: in a child process, so the pool can
// stop a compile that runs over its time budget.
import { checkBody } from './render';

export type CheckJob = { raw: string; format: 'md' | 'mdx'; sourceFilePath: string };

process.on('message', (job: CheckJob) => {
  void checkBody(job.raw, job.format, job.sourceFilePath).then((result) => process.send?.(result));
});
