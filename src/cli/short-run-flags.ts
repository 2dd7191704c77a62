import { setFlagsFromString } from 'node:v8';

// A command of the CLI runs for about a second, much of it code that runs once. V8's optimising
// compiler (TurboFan) would spend more time compiling hot functions than such a run gains from
// them: without it, `tthc build` on the sample uses a fifth less CPU, and the largest province
// too (docs/performance.md). Imported first by main.ts, so it holds for everything after. The
// worker processes of `tthc batch` do not load main.ts: they run for minutes and keep it.
setFlagsFromString('--no-opt');
