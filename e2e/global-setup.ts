import { forgetSharedBuild, SHARED_BUILD_STARTED, startSharedBuild } from './shared-build';

/**
 * Each run builds the shared fixture build afresh, from the tree as it is now, in the background, and
 * removes it at the end; under `npm test`, scripts/dev/test.ts has started it already, before the unit tests.
 */
export default function globalSetup() {
  if (process.env[SHARED_BUILD_STARTED] === '1') return forgetSharedBuild;
  return startSharedBuild();
}
