#!/usr/bin/env node
// The `tongchou` command. Runs the compiled server (dist/server, see build-server.js) when it is
// newer than every source file; otherwise the TypeScript sources through tsx's loader.
import v8 from 'node:v8';
import { buildIsFresh, serverEntry } from './build-server.js';

// V8 lets the heap grow up to fourfold past what survived its last full collection, and a server under
// load leaves much short-lived garbage there: measured at city scale, RSS peaked at 350–370 MB while the
// live heap stayed under 100 MB. Growing by half at a time keeps the peak under 300 MB at the same
// throughput; it is no cap (the heap still grows as far as live data needs). 0 leaves V8's own rule.
const growing = Number(process.env.TONGCHOU_HEAP_GROWING_PERCENT ?? 50);
if (Number.isInteger(growing) && growing > 0) v8.setFlagsFromString(`--heap-growing-percent=${growing}`);
// V8 allocates objects straight into the old generation ("pretenures" them) from code whose objects it saw
// survive a young-generation collection. A request's objects (headers, session, logger child, stream state)
// all live while their request is in flight, so a collection during a burst can mark those allocation sites
// as long-lived for the rest of the process: each request's garbage then lands in the old generation, and
// full collections ran 4–7 times a second under load (node CPU per answer up to twice as much, varying from
// run to run with when that happened). Without pretenuring they die young, as they are. 1 keeps V8's rule.
if (process.env.TONGCHOU_V8_PRETENURING !== '1') v8.setFlagsFromString('--no-allocation-site-pretenuring');

if (process.env.TONGCHOU_FROM_SOURCE !== '1' && buildIsFresh()) {
  await import(serverEntry);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../server/main.ts');
}
