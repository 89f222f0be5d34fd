// Runs the contentlayer2 CLI (`build`, `dev`) with Effect's fiber tracing off. The CLI turns
// tracing on as it loads, and then every fiber fork copies its trace: a third of contentlayer's
// time at 5,000 pages. Effect's runtime reads the switch once, when it loads, so load it first.
import '@effect-ts/system/Effect';

const { run } = await import('@contentlayer2/cli');
await run();
