import { startSharedBuild } from './shared-build';

/** Each run builds the shared fixture build afresh, from the tree as it is now, in the background, and removes it at the end. */
export default function globalSetup() {
  return startSharedBuild();
}
