#!/usr/bin/env node
// Compiles the server (server/ and common/, TypeScript) into dist/server/ with esbuild: the same
// transform tsx applies on the fly, done once, so `tongchou serve` starts without the TypeScript
// loader (faster, less memory). Packages stay external (loaded from node_modules as usual).
// bin/tongchou.js runs the build only while it is newer than every source file, else the sources.
// `npm start` and the benchmark build first; `node bin/build-server.js` builds by hand.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const serverDist = path.join(root, 'dist/server');
export const serverEntry = path.join(serverDist, 'main.js');
const sourceDirs = ['server', 'common'].map((d) => path.join(root, d));

function newestSource(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newestSource(p));
    else if (e.name.endsWith('.ts')) t = Math.max(t, fs.statSync(p).mtimeMs);
  }
  return t;
}

/** True when dist/server/main.js exists and no source file is newer. */
export function buildIsFresh() {
  try {
    const built = fs.statSync(serverEntry).mtimeMs;
    return sourceDirs.every((d) => newestSource(d) <= built);
  } catch {
    return false;
  }
}

/**
 * Builds dist/server. Each file is written beside its place and renamed over it, the entry last, so a
 * process starting meanwhile reads the old build or the new one, never half a file; chunks of older
 * builds stay a day (a server started from them may still load them lazily).
 */
export async function buildServer() {
  const esbuild = await import('esbuild');
  const started = new Date();
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'server/main.ts')],
    outdir: serverDist,
    bundle: true,
    splitting: true, // lazily imported modules (the .docx writer, migrations) stay separate chunks
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    write: false,
    logLevel: 'warning',
  });
  fs.mkdirSync(serverDist, { recursive: true });
  const entry = result.outputFiles.filter((f) => f.path === serverEntry);
  const written = new Set();
  for (const f of [...result.outputFiles.filter((f) => f.path !== serverEntry), ...entry]) {
    const tmp = `${f.path}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, f.contents);
    fs.renameSync(tmp, f.path);
    written.add(f.path);
  }
  // Dated when the sources were read: a source saved during the build leaves the build stale.
  fs.utimesSync(serverEntry, started, started);
  const dayAgo = Date.now() - 86_400_000;
  for (const name of fs.readdirSync(serverDist)) {
    const p = path.join(serverDist, name);
    if (!written.has(p) && fs.statSync(p).mtimeMs < dayAgo) fs.rmSync(p, { force: true });
  }
  return serverEntry;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t0 = Date.now();
  await buildServer();
  console.log(`server built: ${path.relative(root, serverEntry)} (${Date.now() - t0} ms)`);
}
