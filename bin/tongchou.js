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

if (process.env.TONGCHOU_FROM_SOURCE !== '1' && buildIsFresh()) {
  await import(serverEntry);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../server/main.ts');
}
