#!/usr/bin/env node
// The `tongchou` command. Runs the compiled server (dist/server, see build-server.js) when it is
// newer than every source file; otherwise the TypeScript sources through tsx's loader.
import { buildIsFresh, serverEntry } from './build-server.js';

if (process.env.TONGCHOU_FROM_SOURCE !== '1' && buildIsFresh()) {
  await import(serverEntry);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../server/main.ts');
}
