// Fuzzing every route. PROVES: for every route of the app (its routeTable, with request shapes from the
// OpenAPI document GET /api/docs/json), property-based requests (fast-check) — wrong types, missing and
// unknown fields, huge (up to 100k characters) and odd Unicode strings (RTL overrides, zero-width, lone
// surrogate halves, NUL), `__proto__` / `constructor` keys, SQL and HTML metacharacters, invalid and
// deeply nested JSON, wrong content types, odd path parameters (percent-encoded junk, traversal, huge
// numbers) and query strings (unknown, repeated and bracketed keys), a missing or wrong CSRF token or
// cookie — sent over real HTTP to a server child process as every role (and anonymously):
//   1. never get a 5xx;
//   2. never crash the server (it answers /api/health afterwards, and its process is alive);
//   3. write nothing when refused: after every 4xx, the count of successful audit entries and the row
//      counts (and version sums) of the main tables are what they were before the request.
// Figures: payloads tried, per-status counts, 5xx seen, writes on 4xx, routes covered.
// Quick: 3,000 requests; long (TONGCHOU_LONG=1): 30,000. TONGCHOU_FUZZ_RUNS overrides; TONGCHOU_SEED repeats.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import fc from 'fast-check';
import { can, type Permission, type Role } from '../../common/permissions.ts';
import type { RouteEntry } from '../../server/app.ts';
import type { Database } from '../../server/platform/db.ts';
import {
  DEMO_PASSWORD, LONG, appRouteTable, dbChangeMarker, dbFingerprint, diff, startServer, HttpClient, openDb, seedFromEnv, testDialect, type ServerProcess,
} from './support.ts';

const RUNS = Number(process.env.TONGCHOU_FUZZ_RUNS) || (LONG ? 30_000 : 3_000);
const USERS: { username: string; role: Role }[] = [
  { username: 'leader', role: 'leader' }, { username: 'staff', role: 'division_staff' }, { username: 'town', role: 'unit_reporter' },
  { username: 'town2', role: 'unit_reporter' }, { username: 'bureau', role: 'unit_reporter' }, { username: 'steward', role: 'service_steward' },
  { username: 'sysadmin', role: 'sys_admin' }, { username: 'secadmin', role: 'sec_admin' }, { username: 'auditor', role: 'audit_admin' },
];

let env: Awaited<ReturnType<typeof startServer>>;
let server: ServerProcess;
let database: Database;
before(async () => {
  env = await startServer();
  server = env.server;
  database = openDb(env.tdb);
});
after(async () => {
  await database?.close();
  await env?.close();
});

// ───────────────────────────────────────────────────────────── raw HTTP (odd paths go out as they are)

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
type Raw = { status: number; body: string };
function send(method: string, path: string, headers: Record<string, string>, body?: Buffer): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, method, path, headers: { ...headers, ...(body ? { 'content-length': String(body.length) } : {}) }, agent, timeout: 60_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}
const codeOf = (r: Raw) => { try { return JSON.parse(r.body)?.error?.code as string | undefined; } catch { return undefined; } };

const fingerprint = () => dbFingerprint(database);
const changeMarker = () => dbChangeMarker(database);

// ───────────────────────────────────────────────────────────── generators

const SPECIAL_STRINGS = [
  '', ' ', '   ', '\u0000', 'a\u0000b', '\u0000'.repeat(10), '\ud800', '\udfff', 'x\ud83dy', '\udc00\ud800', '\u202eevil\u202c.xlsx', '\u200b\u200c\u200d\u2060\ufeff',
  'مرحبا بالعالم', 'עברית\u200f', '\u0301\u0301\u0301', 'e\u0301', '𠜎𠜱𠝹𠱓', '😀👍🏽👨‍👩‍👧', '\r\n\t', '\u2028\u2029', '\u001b[31m', '\uffff', '\ufffe',
  "' OR '1'='1", "'; DROP TABLE users; --", '" OR 1=1 --', '1; select pg_sleep(5)', "') union select * from users --", '%', '_', '\\', '%_\\', '%%%', '\\x00',
  '<img src=x onerror=window.__xss=1>', '<script>window.__xss=1</script>', '" onmouseover="x', "javascript:alert(1)", '{{7*7}}', '${7*7}', '#{7*7}',
  '../../../../etc/passwd', '..\\..\\windows', '/dev/zero', 'null', 'undefined', 'NaN', 'Infinity', '-0', '1e309', '0x1F', '0b1', '00012', '1_000',
  'true', 'false', '[]', '{}', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '2023-02-30', '2023-13-01', '9999-12-31', '0000-00-00',
  '2023-10', '2023-00', '2023-1', '2023-10-15T25:61:61Z', '=1+1', '=HYPERLINK("http://x","y")', "=cmd|' /C calc'!A0", '@SUM(1)', '+1', '-1',
];
const hugeString = fc.tuple(fc.constantFrom('a', '中', '😀', '\u200b', '\u0000', "'", '<', '\u202e', '%'), fc.integer({ min: 1_000, max: 100_000 }))
  .map(([c, n]) => c.repeat(Math.ceil(n / c.length)).slice(0, n));
const oddString: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...SPECIAL_STRINGS) },
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...SPECIAL_STRINGS), fc.string({ maxLength: 10 }), fc.constantFrom(...SPECIAL_STRINGS)).map((p) => p.join('')) },
  { weight: 1, arbitrary: hugeString },
);
// Integer boundaries: PostgreSQL int4 ends at 2^31 − 1, JavaScript's safe integers at 2^53 − 1.
const BOUNDARY_INTS = [2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 53 - 1, 2 ** 53, -(2 ** 31) - 1, 1e10, 99_999_999_999];
const boundaryInt = fc.constantFrom(...BOUNDARY_INTS);
const oddNumber = fc.oneof(
  fc.constantFrom(0, -1, 1, 1.5, -0.5, 2 ** 53 + 2, -(2 ** 63), 1e308, -1e308, 5e-324, 100, 101, 1_000_001), boundaryInt,
  fc.integer(), fc.double(),
);
const leaf: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: oddString }, { weight: 3, arbitrary: oddNumber }, { weight: 1, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constant(null) },
);
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: leaf },
  { weight: 1, arbitrary: fc.array(leaf, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.oneof(oddString, fc.constantFrom('__proto__', 'constructor', 'prototype')), leaf, { maxKeys: 4 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

type Schema = { type?: string | string[]; properties?: Record<string, Schema>; items?: Schema; enum?: unknown[]; pattern?: string; minimum?: number; required?: string[]; nullable?: boolean; anyOf?: Schema[]; default?: unknown };

/** A value the schema (probably) accepts, so that mutating one field reaches deeper checks. */
function plausible(name: string, s: Schema | undefined): unknown {
  if (!s) return 'x';
  if (s.enum?.length) return s.enum[0];
  if (s.anyOf?.length) return plausible(name, s.anyOf.find((x) => x.type !== 'null') ?? s.anyOf[0]);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'integer': case 'number': return /version/i.test(name) ? 1 : Math.max(1, s.minimum ?? 1);
    case 'boolean': return false;
    case 'array': return [];
    case 'object': return Object.fromEntries(Object.entries(s.properties ?? {}).filter(([k]) => s.required?.includes(k)).map(([k, v]) => [k, plausible(k, v)]));
    default:
      if (/date|due|heldOn/i.test(name)) return '2023-11-15';
      if (s.pattern?.includes('A-Za-z0-9')) return `FZ-${name}`;
      if (s.pattern?.includes('\\d{6}')) return '123456';
      return `fuzz ${name}`;
  }
}

type Op = { method: string; url: string; entry: RouteEntry; body?: Schema; query: { name: string; schema?: Schema }[]; multipart: boolean };
type Who = { name: string; cookie: string | null; csrf: string | null };
type Req = { op: string; method: string; path: string; headers: Record<string, string>; body?: Buffer; who: string; describe: string };

const RAW_BODIES = [
  'not json', '{', '[', '{"a":', '[]', '{}', 'null', '"str"', '1e999', 'true', '{"a":1,"a":2}', '\u0000', '\ufeff{}', '{"__proto__":{"polluted":1}}',
  '{"constructor":{"prototype":{"polluted":1}}}', ' ', '{"a":"\\ud800"}', '{"a":"\\u0000"}',
];
const deepArray = fc.integer({ min: 1_000, max: 100_000 }).map((n) => '['.repeat(n) + ']'.repeat(n));
const deepObject = fc.integer({ min: 1_000, max: 50_000 }).map((n) => '{"a":'.repeat(n) + '1' + '}'.repeat(n));

function encodePart(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return '%ED%A0%80'; // a lone surrogate, as the (invalid) UTF-8 bytes a client might send
  }
}
const ODD_SEGMENTS = [...BOUNDARY_INTS.map(String), '0', '-1', '1.5', '1e3', '9007199254740993', '99999999999999999999999999', 'NaN', 'Infinity', '0x10', '%00', '%2e%2e%2f', '..', '%20', '1%20',
  "1'--", '%3Cscript%3E', '%E2%80%AE', '%F0%9F%98%80', '%ZZ', '%', '%C0%AF', '%ED%A0%80', '1;drop', '1,2', '1/2', 'abc', '2023-13', '2023-10-01', '9'.repeat(5000), 'a'.repeat(300)];

function opArbitrary(op: Op, ids: Record<string, number[]>, whos: Who[], privileged: Who[]): fc.Arbitrary<Req> {
  const paramNames = [...op.url.matchAll(/:(\w+)/g)].map((m) => m[1]);
  const valid = (name: string): string[] => {
    if (name === 'year') return ['2023', '2024'];
    if (name === 'period') return ['2023-10', '2023-09', '2023-12'];
    const pool = op.url.startsWith('/api/orgs') ? ids.org : op.url.startsWith('/api/users') ? ids.user : op.url.startsWith('/api/plan/reports') ? ids.report
      : op.url.startsWith('/api/plan/supervisions') ? ids.notice : op.url.startsWith('/api/attachments') ? ids.attachment : ids.task;
    return pool.map(String);
  };
  const segment = (name: string) => fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...valid(name)) },
    { weight: 3, arbitrary: fc.constantFrom(...ODD_SEGMENTS) },
    { weight: 2, arbitrary: oddString.filter((s) => s.length < 3000).map(encodePart) },
    // Any integer — except on user routes, where a small one is a demo account the fuzzer logs in with.
    { weight: 1, arbitrary: (op.url.startsWith('/api/users/') ? fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 1_000_000 })) : fc.integer()).map(String) },
  );
  const queryValue = fc.oneof(oddString.filter((s) => s.length < 4000).map(encodePart), fc.constantFrom(...ODD_SEGMENTS), fc.constantFrom('1', '0', '200', '201', 'green', 'open', '2023-10', 'success'), boundaryInt.map(String));
  const queryKey = fc.oneof(
    { weight: 4, arbitrary: op.query.length ? fc.constantFrom(...op.query.map((q) => q.name)) : fc.constant('q') },
    { weight: 1, arbitrary: fc.constantFrom('__proto__', '__proto__[polluted]', 'constructor[prototype][polluted]', 'a[b][c]', 'page[]', 'unknown', '', '%00', 'q%00') },
    { weight: 1, arbitrary: fc.string({ maxLength: 10 }).map(encodePart) },
  );
  const query = fc.array(fc.tuple(queryKey, queryValue), { maxLength: 4 }).map((pairs) => pairs.length ? '?' + pairs.map(([k, v]) => `${k}=${v}`).join('&') : '');

  const props = op.body?.properties ?? {};
  const keys = Object.keys(props);
  const base = plausible('', op.body ?? { type: 'object' }) as Record<string, unknown>;
  const shaped = fc.tuple(
    fc.subarray(keys),
    fc.array(oddValue, { minLength: keys.length, maxLength: keys.length }),
    fc.dictionary(fc.oneof(oddString.filter((s) => s.length < 100), fc.constantFrom('__proto__', 'constructor', 'isAdmin', 'role', 'id')), oddValue, { maxKeys: 2 }),
  ).map(([present, values, extra]) => {
    const o: Record<string, unknown> = {};
    present.forEach((k) => { o[k] = values[keys.indexOf(k)]; });
    return JSON.stringify({ ...o, ...extra });
  });
  const nearValid = fc.tuple(keys.length ? fc.constantFrom(...keys) : fc.constant('x'), oddValue, fc.boolean()).map(([k, v, drop]) => {
    const o: Record<string, unknown> = { ...base, ...Object.fromEntries(keys.map((kk) => [kk, plausible(kk, props[kk])])) };
    if (drop) delete o[k];
    else o[k] = v;
    return JSON.stringify(o);
  });
  // One string field of an otherwise plausible body set to a hostile string: reaches the services and the database.
  const stringKeys = keys.filter((k) => JSON.stringify(props[k]).includes('"string"'));
  const stringField = fc.tuple(stringKeys.length ? fc.constantFrom(...stringKeys) : fc.constant('x'), oddString).map(([k, v]) =>
    JSON.stringify({ ...base, ...Object.fromEntries(keys.map((kk) => [kk, plausible(kk, props[kk])])), [k]: v }));
  // One integer field of an otherwise plausible body set to an integer boundary.
  const intKeys = keys.filter((k) => JSON.stringify(props[k]).includes('"integer"'));
  const intField = fc.tuple(intKeys.length ? fc.constantFrom(...intKeys) : fc.constant('version'), boundaryInt).map(([k, v]) => {
    const o: Record<string, unknown> = { ...base, ...Object.fromEntries(keys.map((kk) => [kk, plausible(kk, props[kk])])) };
    const sch = props[k];
    o[k] = sch?.type === 'array' ? [v] : v;
    return JSON.stringify(o);
  });
  const protoKeys = nearValid.map((j) => j.replace(/^\{/, '{"__proto__":{"polluted":1,"isAdmin":true},"constructor":{"prototype":{"polluted":1}},'));
  const jsonBody = fc.oneof(
    { weight: 4, arbitrary: shaped }, { weight: 4, arbitrary: nearValid }, { weight: 4, arbitrary: stringField }, { weight: 2, arbitrary: intField }, { weight: 1, arbitrary: protoKeys },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? 'null') },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_BODIES) }, { weight: 1, arbitrary: fc.oneof(deepArray, deepObject) },
  );
  const multipartBody = fc.tuple(fc.uint8Array({ maxLength: 3000 }), fc.constantFrom('file', 'files', '', '__proto__'), oddString.filter((s) => s.length < 200), fc.boolean())
    .map(([bytes, field, filename, closed]) => {
      const b = 'fuzzboundary';
      const head = `--${b}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename.replace(/[\r\n"]/g, '_')}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
      return { type: `multipart/form-data; boundary=${b}`, body: Buffer.concat([Buffer.from(head), Buffer.from(bytes), Buffer.from(closed ? `\r\n--${b}--\r\n` : '')]) };
    });
  const contentType = fc.oneof(
    { weight: 12, arbitrary: fc.constant('application/json') },
    { weight: 1, arbitrary: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', 'application/json; charset=utf-16', 'application/xml', '', 'application/json, text/html') },
  );
  const whoArb = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...(privileged.length ? privileged : whos)) }, { weight: 1, arbitrary: fc.constantFrom(...whos) });
  const auth = fc.constantFrom('ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'no-csrf', 'bad-csrf', 'bad-cookie');
  const writes = op.method !== 'GET';
  const body: fc.Arbitrary<{ type?: string; body?: Buffer; describe: string }> = !writes ? fc.constant({ describe: '' })
    : op.multipart ? fc.oneof(multipartBody.map((m) => ({ ...m, describe: `multipart ${m.body.length} B` })), jsonBody.map((j) => ({ type: 'application/json', body: Buffer.from(j), describe: j.slice(0, 120) })))
      : fc.tuple(jsonBody, contentType, fc.nat(19)).map(([j, t, n]) => (n === 0 ? { type: t, describe: '(no body)' } : { type: t, body: Buffer.from(j, 'utf8'), describe: j.slice(0, 120) }));

  return fc.tuple(fc.tuple(...paramNames.map(segment)), query, whoArb, auth, body).map(([segs, q, who, a, b]) => {
    let path = op.url;
    paramNames.forEach((n, i) => { path = path.replace(`:${n}`, segs[i]); });
    path += q;
    const headers: Record<string, string> = { 'accept-language': 'zh-CN' };
    if (who.cookie) headers.cookie = a === 'bad-cookie' ? 'tc_sid=' + 'A'.repeat(43) : who.cookie;
    if (who.csrf && writes && a !== 'no-csrf') headers['x-csrf-token'] = a === 'bad-csrf' ? who.csrf.slice(1) + 'x' : who.csrf;
    if (b.type) headers['content-type'] = b.type;
    return { op: `${op.method} ${op.url}`, method: op.method, path, headers, body: b.body, who: who.name, describe: b.describe };
  });
}

// ───────────────────────────────────────────────────────────── the test

describe(`fuzzing every route (${testDialect})`, () => {
  it(`${RUNS} hostile requests: no 5xx, no crash, nothing written on a 4xx`, { timeout: (LONG ? 60 : 10) * 60_000 }, async () => {
    const seed = seedFromEnv();
    console.log(`fuzz: seed ${seed}, ${RUNS} requests on ${testDialect}`);

    // The route table of the very app the server runs (built in-process on an in-memory database).
    const routeTable = await appRouteTable();

    const doc = (await new HttpClient(server.url).get('/api/docs/json')).json() as { paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> }; parameters?: { in: string; name: string; schema?: Schema }[] }>> };
    const ops: Op[] = routeTable.map((entry) => {
      const spec = doc.paths[entry.url.replace(/:(\w+)/g, '{$1}')]?.[entry.method.toLowerCase()];
      return {
        method: entry.method, url: entry.url, entry,
        body: spec?.requestBody?.content?.['application/json']?.schema,
        query: (spec?.parameters ?? []).filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: p.schema })),
        multipart: /import$|^\/api\/attachments$/.test(entry.url) && entry.method === 'POST',
      };
    });
    const documented = ops.filter((o) => doc.paths[o.url.replace(/:(\w+)/g, '{$1}')]).length;
    assert.ok(ops.length >= 50, `routes: ${ops.length}`);

    // Sessions of every role, and records the valid ids point at (org units and users made for the fuzzer,
    // so a lucky valid request changes those, not the accounts the fuzzer logs in with).
    const whos: Who[] = [{ name: 'anonymous', cookie: null, csrf: null }];
    const clients = new Map<string, HttpClient>();
    for (const u of USERS) {
      const c = await new HttpClient(server.url).as(u.username);
      clients.set(u.username, c);
      whos.push({ name: u.username, cookie: c.cookie, csrf: c.csrf });
    }
    const sys = clients.get('sysadmin')!;
    const ids: Record<string, number[]> = { org: [], user: [], task: [], report: [], notice: [], attachment: [] };
    for (let i = 1; i <= 3; i++) {
      const o = await sys.post('/api/orgs', { code: `FZ-${i}`, name: `模糊测试单位${i}`, kind: 'other' });
      assert.equal(o.status, 201, o.text);
      ids.org.push(o.json().id);
      const u = await sys.post('/api/users', { username: `fuzz${i}`, displayName: `模糊${i}`, role: 'unit_reporter', orgId: o.json().id, password: 'Fuzz#Pass2023' });
      assert.equal(u.status, 201, u.text);
      ids.user.push(u.json().id);
    }
    const tasks = (await database.db.selectFrom('tasks').select('id').orderBy('id').execute()).map((t) => t.id);
    ids.task = [tasks[0], tasks[1], tasks[Math.floor(tasks.length / 2)], tasks.at(-1)!];
    ids.report = (await database.db.selectFrom('progressReports').select('id').orderBy('id').limit(4).execute()).map((r) => r.id);
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32)]);
    const att = await clients.get('town')!.upload('/api/attachments', png, '现场.png');
    assert.equal(att.status, 201, att.text);
    ids.attachment = [att.json().id];
    const notice = await clients.get('leader')!.post(`/api/plan/tasks/${tasks[0]}/supervisions`, { level: '一般', reason: '模糊测试', requirement: '说明', replyDue: '2023-11-30' });
    assert.equal(notice.status, 201, notice.text);
    ids.notice = [notice.json().id];
    // An org unit that tasks point at but that has no users or sub-units: deleting it must be refused cleanly.
    const usedOrgs = await database.db.selectFrom('taskUnits').innerJoin('orgUnits', 'orgUnits.id', 'taskUnits.orgId').select(['orgUnits.id', 'orgUnits.version']).distinct().execute();
    const withUsers = new Set((await database.db.selectFrom('users').select('orgId').execute()).map((u) => u.orgId));
    const parents = new Set((await database.db.selectFrom('orgUnits').select('parentId').execute()).map((o) => o.parentId));
    const referenced = usedOrgs.find((o) => !withUsers.has(o.id) && !parents.has(o.id))!;
    ids.org.push(referenced.id);
    for (const k of Object.keys(ids)) ids[k].push(999_999);

    const roleOf = new Map(USERS.map((u) => [u.username, u.role]));
    const privilegedFor = (e: RouteEntry) => whos.filter((w) => w.cookie && (!e.permission || can(roleOf.get(w.name)!, e.permission as Permission)));
    const perOp = ops.map((op) => opArbitrary(op, ids, whos, privilegedFor(op.entry)));
    const extraPaths = fc.record({
      method: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'),
      path: fc.constantFrom('/api/', '/api/%', '/api/..%2f..%2fetc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '//api//orgs', '/api/orgs/%ff', '/api/orgs/../users', '/api/orgs?',
        '/api/plan/2023/tasks?page=1&page=2', '/api/orgs/1/../../users', '/metrics?x=%00', '/api/docs/json?%', '/api/docs/static/../../../package.json', '/assets/..%2f..%2fpackage.json',
        '/index.html%00.js', '/api/health?' + 'a='.repeat(3000), '/.env', '/api/plan/%E2%80%AE', '/api/audit?from=2023-01-01&to=2023-13-45'),
      who: fc.constantFrom(...whos),
    }).map(({ method, path, who }): Req => ({ op: 'extra', method, path, headers: who.cookie ? { cookie: who.cookie, ...(who.csrf ? { 'x-csrf-token': who.csrf } : {}) } : {}, who: who.name, describe: '' }));
    const arb = fc.oneof(...perOp.map((a) => ({ weight: 10, arbitrary: a })), { weight: 3, arbitrary: extraPaths });

    // The write detector sees the server's writes (else "nothing written on a 4xx" would be vacuous).
    {
      const m0 = await changeMarker();
      const f0 = await fingerprint();
      assert.equal((await sys.post('/api/orgs', { code: 'FZ-PROBE', name: '探针', kind: 'other' })).status, 201);
      assert.notEqual(await changeMarker(), m0, 'the change marker missed a write');
      assert.ok(diff(f0, await fingerprint()).length > 0, 'the fingerprint missed a write');
    }
    // A fixed corpus first (bugs found before, so every seed covers them), then the generated requests.
    const who = (n: string) => whos.find((w) => w.name === n)!;
    const json = (w: Who, method: string, path: string, body: unknown): Req => ({
      op: `${method} ${path.replace(/\d+/g, ':id')}`, method, path, who: w.name, describe: JSON.stringify(body).slice(0, 120), body: Buffer.from(JSON.stringify(body)),
      headers: { cookie: w.cookie!, 'x-csrf-token': w.csrf!, 'content-type': 'application/json' },
    });
    const corpus: Req[] = [
      json(who('sysadmin'), 'POST', '/api/orgs', { code: 'FZ-NUL', name: 'a\u0000b', kind: 'other' }),
      json(who('sysadmin'), 'POST', '/api/users', { username: 'nul_user', displayName: 'a\u0000', role: 'leader', orgId: ids.org[0], password: 'Fuzz#Pass2023' }),
      json(who('staff'), 'PATCH', `/api/plan/tasks/${ids.task[0]}`, { version: 1, title: '\u0000' }),
      json(who('town'), 'PUT', `/api/plan/tasks/${ids.task[0]}/reports/2023-10`, { cumulativePct: 1, narrative: '\u0000' }),
      { op: 'GET /api/users', method: 'GET', path: '/api/users?q=%00', headers: { cookie: who('sysadmin').cookie! }, who: 'sysadmin', describe: '' },
      { op: 'GET /api/audit', method: 'GET', path: '/api/audit?q=%00&action=%00', headers: { cookie: who('auditor').cookie! }, who: 'auditor', describe: '' },
      { op: 'GET /api/plan/:year/tasks', method: 'GET', path: '/api/plan/2023/tasks?q=%00&leaderName=%00', headers: { cookie: who('staff').cookie! }, who: 'staff', describe: '' },
      json(who('sysadmin'), 'PATCH', `/api/orgs/${ids.org[0]}`, { version: 2 ** 31, name: 'x' }),
      json(who('sysadmin'), 'PATCH', '/api/orgs/2147483648', { version: 1, name: 'x' }),
      json(who('staff'), 'PATCH', `/api/plan/tasks/${ids.task[0]}`, { version: 1, leadUnitId: 2 ** 32 }),
      json(who('leader'), 'POST', '/api/notifications/read', { ids: [1e10] }),
      { op: 'GET /api/plan/tasks/:id', method: 'GET', path: '/api/plan/tasks/2147483648', headers: { cookie: who('staff').cookie! }, who: 'staff', describe: '' },
      { op: 'GET /api/users', method: 'GET', path: '/api/users?orgId=99999999999', headers: { cookie: who('sysadmin').cookie! }, who: 'sysadmin', describe: '' },
      { op: 'GET /api/attachments/:id', method: 'GET', path: '/api/attachments/9007199254740991', headers: { cookie: who('town').cookie! }, who: 'town', describe: '' },
      { op: 'GET /api/audit', method: 'GET', path: '/api/audit?to=2023-13-45', headers: { cookie: who('auditor').cookie! }, who: 'auditor', describe: 'an impossible date' },
      { op: 'GET /api/audit', method: 'GET', path: '/api/audit?from=2023-02-30&to=2023-03-01', headers: { cookie: who('auditor').cookie! }, who: 'auditor', describe: 'an impossible date' },
      { op: 'DELETE /api/orgs/:id', method: 'DELETE', path: `/api/orgs/${referenced.id}?version=${referenced.version}`, headers: { cookie: who('sysadmin').cookie!, 'x-csrf-token': who('sysadmin').csrf! }, who: 'sysadmin', describe: 'an org unit tasks refer to' },
    ];

    const statuses = new Map<number, number>();
    const covered = new Map<string, number>();
    const fiveXX: string[] = [];
    const writes: string[] = [];
    const dropped: string[] = [];
    const slow = new Map<string, number>();
    let tried = 0;
    let marker = await changeMarker();
    let fp = await fingerprint();
    let fpMs = 0;
    let genMs = 0;
    const BATCH = 100;
    for (let b = 0; tried < RUNS; b++) {
      const g0 = performance.now();
      const batch = b === 0 ? [...corpus, ...fc.sample(arb, { numRuns: BATCH - corpus.length, seed })] : fc.sample(arb, { numRuns: Math.min(BATCH, RUNS - tried), seed: seed + b });
      genMs += performance.now() - g0;
      for (const r of batch) {
        tried++;
        covered.set(r.op, (covered.get(r.op) ?? 0) + 1);
        let res: Raw;
        const t0 = performance.now();
        try {
          // A keep-alive socket the server closed as idle just as it was reused: send once more.
          res = await send(r.method, r.path, r.headers, r.body).catch((e: Error) => {
            if (/socket hang up|ECONNRESET/.test(e.message)) return send(r.method, r.path, r.headers, r.body);
            throw e;
          });
          slow.set(r.op, (slow.get(r.op) ?? 0) + performance.now() - t0);
        } catch (e) {
          // The server may close the connection on a body it refuses early (413); it must still be alive.
          if (!(await server.healthy())) assert.fail(`server died after ${r.method} ${r.path.slice(0, 200)} as ${r.who}: ${(e as Error).message}\n${server.logs().slice(-3000)}`);
          dropped.push(`${r.method} ${r.path.slice(0, 100)} as ${r.who}, content-type ${JSON.stringify(r.headers['content-type'])}, ${r.body?.length ?? 0} B body ${JSON.stringify(r.describe.slice(0, 60))} (${(e as Error).message})`);
          marker = await changeMarker();
          fp = await fingerprint();
          continue;
        }
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status >= 500) {
          fiveXX.push(`${res.status} ${r.method} ${r.path.slice(0, 200)} as ${r.who}; body ${JSON.stringify(r.describe)}; response ${res.body.slice(0, 200)}`);
        }
        const f0 = performance.now();
        const m = await changeMarker();
        const now = m === marker ? fp : await fingerprint();
        marker = m;
        fpMs += performance.now() - f0;
        if (res.status >= 400 && res.status < 500) {
          const d = diff(fp, now);
          if (d.length) writes.push(`${res.status} ${codeOf(res)} ${r.method} ${r.path.slice(0, 120)} as ${r.who}: ${d.join(', ')}; body ${JSON.stringify(r.describe)}`);
        }
        fp = now;
        // A session the fuzzer ended (log-out, or a user change) is renewed so later requests reach deep code.
        if ((res.status === 401 || res.status === 403) && r.who !== 'anonymous') {
          const w = whos.find((x) => x.name === r.who)!;
          const me = await send('GET', '/api/me', { cookie: w.cookie! });
          if (me.status === 401) {
            const fresh = new HttpClient(server.url);
            const lr = await fresh.login(r.who, DEMO_PASSWORD);
            assert.equal(lr.status, 200, `re-login ${r.who}: ${lr.text}`);
            w.cookie = fresh.cookie;
            w.csrf = fresh.csrf;
            marker = await changeMarker();
            fp = await fingerprint();
          }
        }
      }
      if (LONG && b % 50 === 0) console.log(`fuzz: ${tried} requests, 5xx ${fiveXX.length}`);
    }

    const alive = server.alive && (await server.healthy());
    const hist = [...statuses.entries()].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}×${n}`).join(' ');
    const uncovered = ops.filter((o) => !covered.get(`${o.method} ${o.url}`)).map((o) => `${o.method} ${o.url}`);
    console.log(`fuzz (${testDialect}): payloads tried ${tried} over ${ops.length} routes (${documented} in the OpenAPI document) as ${whos.length} identities; ` +
      `statuses ${hist}; 5xx seen ${fiveXX.length}; writes on a 4xx ${writes.length}; connections closed by the server ${dropped.length}; server healthy after: ${alive}`);
    for (const f of fiveXX.slice(0, 10)) console.log(`fuzz 5xx: ${f}`);
    for (const w of writes.slice(0, 10)) console.log(`fuzz write on 4xx: ${w}`);
    const sendMs = [...slow.values()].reduce((a, b) => a + b, 0);
    console.log(`fuzz: ${Math.round(sendMs)} ms waiting for responses, ${Math.round(fpMs)} ms in fingerprints, ${Math.round(genMs)} ms generating`);
    console.log(`fuzz: most time spent in ${[...slow.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k} ${Math.round(v)} ms`).join('; ')}`);
    for (const d of dropped.slice(0, 5)) console.log(`fuzz connection closed: ${d}`);
    for (const l of server.errorLines().slice(0, 5)) console.log(`fuzz server error log: ${l.slice(0, 800)}`);
    assert.deepEqual(uncovered, [], 'routes never fuzzed');
    assert.ok(alive, 'server is not healthy after the fuzzing');
    assert.deepEqual(fiveXX.slice(0, 20), [], `${fiveXX.length} responses were 5xx`);
    assert.deepEqual(writes.slice(0, 20), [], `${writes.length} refused requests wrote data`);
    // Not vacuous: most requests got past authentication to validation and the services.
    assert.ok((statuses.get(400) ?? 0) > tried / 5, `only ${statuses.get(400) ?? 0} requests reached validation`);
  });
});
