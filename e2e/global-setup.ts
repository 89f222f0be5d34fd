import { forgetSharedBuild } from './shared-build';

/** Each run builds the shared fixture build afresh, from the tree as it is now, and removes it at the end. */
export default function globalSetup() {
  forgetSharedBuild();
  return forgetSharedBuild;
}
