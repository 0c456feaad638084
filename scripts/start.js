#!/usr/bin/env node
// `npm start`: builds the web app and the server when their sources are newer than the builds, then serves
// (migrations run at start; demo data loads on first start unless TONGCHOU_DEMO=0).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const built = path.join(root, 'dist/web/index.html');

function newest(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

const sourcesTime = Math.max(newest(path.join(root, 'web')), newest(path.join(root, 'common')));
if (!fs.existsSync(built) || fs.statSync(built).mtimeMs < sourcesTime) {
  console.log('构建前端 / building the web app…');
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
// The server too, compiled once to dist/server (bin/tongchou.js runs it while it is up to date).
const { buildIsFresh, buildServer } = await import('../bin/build-server.js');
if (!buildIsFresh()) await buildServer();
const r = spawnSync(process.execPath, [path.join(root, 'bin/tongchou.js'), 'serve'], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 0);
