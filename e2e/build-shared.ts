import { buildAndRelease } from './shared-build';

// Run in the background by the global setup (startSharedBuild), which took the lock for this process.
buildAndRelease();
