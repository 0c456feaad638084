// The server over real sockets: answers leave once per event-loop turn (app.ts), so many requests in
// flight at once must each get their own complete answer, compressed only for clients that take gzip.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '../support/app.ts';

let t: TestApp;
let base: string;
before(async () => {
  t = await createTestApp({ seed: 'all' });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
});
after(async () => { await t.close(); });

describe('answers over real sockets, many in flight', () => {
  it('each of 120 concurrent requests gets its own whole answer', async () => {
    const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'leader', password: DEMO_PASSWORD }) });
    assert.equal(login.status, 200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const expected = {
      health: await (await fetch(`${base}/api/health`)).text(),
      me: await (await fetch(`${base}/api/me`, { headers: { cookie } })).text(),
      orgs: await (await fetch(`${base}/api/orgs`, { headers: { cookie } })).text(),
    };
    assert.ok(expected.orgs.length > 1024, 'the org tree is large enough to go compressed');
    const asks = Array.from({ length: 120 }, (_, i) => {
      const kind = (['health', 'me', 'orgs', 'none'] as const)[i % 4];
      const gzip = i % 8 < 4;
      return { kind, gzip };
    });
    const answers = await Promise.all(asks.map(async ({ kind, gzip }) => {
      const path = kind === 'none' ? '/api/no-such-route' : `/api/${kind}`;
      // node's fetch would decompress by itself: a raw request shows what went over the wire.
      return new Promise<{ status: number; encoding: string | undefined; body: Buffer }>((resolve, reject) => {
        const req = request(`${base}${path}`, { headers: { cookie, ...(gzip ? { 'accept-encoding': 'gzip' } : {}) } }, (r) => {
          const parts: Buffer[] = [];
          r.on('data', (c: Buffer) => parts.push(c));
          r.on('end', () => resolve({ status: r.statusCode!, encoding: r.headers['content-encoding'], body: Buffer.concat(parts) }));
        });
        req.on('error', reject);
        req.end();
      });
    }));
    answers.forEach((a, n) => {
      const { kind, gzip } = asks[n]!;
      if (kind === 'none') {
        assert.equal(a.status, 404);
        assert.equal(JSON.parse(a.body.toString()).error.code, 'route.not_found');
        return;
      }
      assert.equal(a.status, 200, `${kind}: ${a.body.toString().slice(0, 200)}`);
      const compressed = kind === 'orgs' && gzip;
      assert.equal(a.encoding, compressed ? 'gzip' : undefined, `${kind} gzip=${gzip}`);
      assert.equal((compressed ? gunzipSync(a.body) : a.body).toString(), expected[kind], `${kind} #${n}`);
    });
    console.log(`# ${answers.length} answers in flight at once, each whole and its own`);
  });
});

describe('kept answers sent from handlers that do not wait (answerJson)', () => {
  it("a service's refusal reaches the error handler as its clear 4xx, in the user's language", async () => {
    const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'leader', password: DEMO_PASSWORD }) });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    for (const path of ['/api/plan/2099/tasks', '/api/plan/2099/dashboard']) {
      const r = await fetch(`${base}${path}`, { headers: { cookie, 'accept-language': 'zh-CN' } });
      const body = (await r.json()) as { error: { code: string; message: string } };
      assert.ok(r.status >= 400 && r.status < 500, `${path}: ${r.status}`);
      assert.equal(body.error.code, 'plan.year_not_found', path);
      assert.match(body.error.message, /2099/);
      assert.match(String(r.headers.get('content-security-policy')), /default-src 'self'/);
    }
  });
});
