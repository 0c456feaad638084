// Org units and users through the HTTP API: CRUD, the tree rules, optimistic locking, scope, audit.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { createTestApp, errCode, type Client, type TestApp } from '../support/app.ts';

let t: TestApp;
let admin: Client;
before(async () => {
  t = await createTestApp();
  admin = await t.as('sysadmin');
});
after(async () => { await t.close(); });

const lastAudit = async () => t.ctx.db.selectFrom('auditLog').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
const orgCount = async () => (await t.ctx.db.selectFrom('orgUnits').select('id').execute()).length;

describe('org units', () => {
  it('creates a unit under a parent, lists it, and audits the write with actor, IP and after-image', async () => {
    const parentId = await t.orgId('TOWNS');
    const res = await admin.post('/api/orgs', { code: 'T-NEW', name: '新设街道', kind: 'town', parentId });
    assert.equal(res.statusCode, 201);
    const created = res.json();
    assert.equal(created.parentId, parentId);
    assert.equal(created.version, 1);
    const list = (await admin.get('/api/orgs')).json();
    assert.ok(list.items.some((o: { code: string }) => o.code === 'T-NEW'));
    const a = await lastAudit();
    assert.equal(a.action, 'org.create');
    assert.equal(a.actorName, 'sysadmin');
    assert.equal(a.ip, '127.0.0.1');
    assert.equal(JSON.parse(a.afterJson!).code, 'T-NEW');
  });

  it('sends the kept tree compressed to a client that takes it (brotli before gzip), the same JSON as uncompressed', async () => {
    const plain = await admin.request('GET', '/api/orgs');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.headers.vary, 'accept-encoding');
    const zipped = await admin.request('GET', '/api/orgs', undefined, { 'accept-encoding': 'gzip, deflate' });
    assert.equal(zipped.statusCode, 200);
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.equal(zipped.headers.vary, 'accept-encoding');
    assert.ok(zipped.rawPayload.length < plain.rawPayload.length / 3, `${zipped.rawPayload.length} of ${plain.rawPayload.length} bytes`);
    assert.deepEqual(JSON.parse(gunzipSync(zipped.rawPayload).toString('utf8')), plain.json());
    const br = await admin.request('GET', '/api/orgs', undefined, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.ok(br.rawPayload.length < zipped.rawPayload.length, `brotli ${br.rawPayload.length} vs gzip ${zipped.rawPayload.length} bytes`);
    assert.deepEqual(JSON.parse(brotliDecompressSync(br.rawPayload).toString('utf8')), plain.json());
    const noBr = await admin.request('GET', '/api/orgs', undefined, { 'accept-encoding': 'br;q=0, gzip' });
    assert.equal(noBr.headers['content-encoding'], 'gzip');
    const refused = await admin.request('GET', '/api/orgs', undefined, { 'accept-encoding': 'gzip;q=0, identity' });
    assert.equal(refused.headers['content-encoding'], undefined);
    assert.deepEqual(refused.json(), plain.json());
  });

  it('refuses bad input with a 4xx naming the problem and saves nothing', async () => {
    const n = await orgCount();
    const cases: { case: string; body: unknown; code: string; status: number }[] = [
      { case: 'duplicate code', body: { code: 'DRC', name: 'x', kind: 'other' }, code: 'org.code_taken', status: 409 },
      { case: 'unknown kind', body: { code: 'X1', name: 'x', kind: 'planet' }, code: 'request.invalid', status: 400 },
      { case: 'missing name', body: { code: 'X1', kind: 'other' }, code: 'request.invalid', status: 400 },
      { case: 'over-long name', body: { code: 'X1', name: '长'.repeat(101), kind: 'other' }, code: 'request.invalid', status: 400 },
      { case: 'unknown field', body: { code: 'X1', name: 'x', kind: 'other', evil: 1 }, code: 'request.invalid', status: 400 },
      { case: 'parent missing', body: { code: 'X1', name: 'x', kind: 'other', parentId: 999999 }, code: 'org.parent_not_found', status: 400 },
      { case: 'code with spaces', body: { code: 'a b', name: 'x', kind: 'other' }, code: 'request.invalid', status: 400 },
    ];
    for (const c of cases) {
      const res = await admin.post('/api/orgs', c.body);
      assert.equal(res.statusCode, c.status, c.case);
      assert.equal(errCode(res), c.code, c.case);
    }
    assert.equal(await orgCount(), n);
  });

  it('refuses to make a unit its own ancestor, and moves a subtree with its paths', async () => {
    const drc = await t.orgId('DRC');
    const general = await t.orgId('DRC-GENERAL');
    const v = (await t.ctx.db.selectFrom('orgUnits').select('version').where('id', '=', drc).executeTakeFirstOrThrow()).version;
    const res = await admin.patch(`/api/orgs/${drc}`, { version: v, parentId: general });
    assert.equal(res.statusCode, 400);
    assert.equal(errCode(res), 'org.cycle');
    const self = await admin.patch(`/api/orgs/${drc}`, { version: v, parentId: drc });
    assert.equal(errCode(self), 'org.cycle');
    // Move 综合科 under 办公室 and back: paths of the unit follow.
    const office = await t.orgId('DRC-OFFICE');
    const gv = (await t.ctx.db.selectFrom('orgUnits').select('version').where('id', '=', general).executeTakeFirstOrThrow()).version;
    assert.equal((await admin.patch(`/api/orgs/${general}`, { version: gv, parentId: office })).statusCode, 200);
    const moved = await t.ctx.db.selectFrom('orgUnits').select(['path', 'depth']).where('id', '=', general).executeTakeFirstOrThrow();
    assert.equal(moved.path, `/${drc}/${office}/${general}/`);
    assert.equal(moved.depth, 2, "depth counts ancestors: DRC is 0");
  });

  it('answers 409 to a stale version and keeps the newer write', async () => {
    const id = await t.orgId('B-WATER');
    const v = (await t.ctx.db.selectFrom('orgUnits').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version;
    assert.equal((await admin.patch(`/api/orgs/${id}`, { version: v, name: '区水务局（新）' })).statusCode, 200);
    const stale = await admin.patch(`/api/orgs/${id}`, { version: v, name: '旧名' });
    assert.equal(stale.statusCode, 409);
    assert.equal(errCode(stale), 'record.stale');
    assert.equal((await t.ctx.db.selectFrom('orgUnits').select('name').where('id', '=', id).executeTakeFirstOrThrow()).name, '区水务局（新）');
  });

  it('refuses to delete a unit that still has users or sub-units', async () => {
    const town = await t.orgId('T-MIAOCHENG');
    const v = (await t.ctx.db.selectFrom('orgUnits').select('version').where('id', '=', town).executeTakeFirstOrThrow()).version;
    const res = await admin.delete(`/api/orgs/${town}?version=${v}`);
    assert.equal(res.statusCode, 409);
    assert.equal(errCode(res), 'org.has_users');
    assert.match(res.json().error.message, /1 个用户/);
    const towns = await t.orgId('TOWNS');
    const tv = (await t.ctx.db.selectFrom('orgUnits').select('version').where('id', '=', towns).executeTakeFirstOrThrow()).version;
    assert.equal(errCode(await admin.delete(`/api/orgs/${towns}?version=${tv}`)), 'org.has_children');
    const leaf = (await admin.post('/api/orgs', { code: 'TMP-DEL', name: '临时', kind: 'other' })).json();
    assert.equal((await admin.delete(`/api/orgs/${leaf.id}?version=${leaf.version}`)).statusCode, 204);
    assert.equal((await lastAudit()).action, 'org.delete');
  });

  it('lets no business role write org units (403) and lets them read the tree', async () => {
    const town = await t.as('town');
    assert.equal((await town.get('/api/orgs')).statusCode, 200);
    assert.equal((await town.post('/api/orgs', { code: 'T-X', name: 'x', kind: 'town' })).statusCode, 403);
    const auditor = await t.as('auditor');
    assert.equal((await auditor.get('/api/orgs')).statusCode, 403, 'the audit admin reads only the audit log');
  });
});

describe('org import and export', () => {
  it('exports xlsx that re-imports as the same tree, and imports new units in one transaction', async () => {
    const exp = await admin.get('/api/orgs/export');
    assert.equal(exp.statusCode, 200);
    assert.match(String(exp.headers['content-type']), /spreadsheetml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exp.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const before = await orgCount();
    assert.equal(ws.actualRowCount - 1, before);
    // Add a parent and its child (child first: order in the file does not matter).
    ws.addRow(['IMP-CHILD', '导入子单位', '其他', 'IMP-PARENT', 1, '是']);
    ws.addRow(['IMP-PARENT', '导入上级', '其他', '', 1, '是']);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await admin.upload('/api/orgs/import', buf);
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json(), { created: 2, updated: before });
    const child = await t.ctx.db.selectFrom('orgUnits').select(['parentId']).where('code', '=', 'IMP-CHILD').executeTakeFirstOrThrow();
    assert.equal(child.parentId, await t.orgId('IMP-PARENT'));
  });

  it('rejects a file with bad rows, reporting row + column + reason in Chinese, and imports nothing', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('组织机构');
    ws.addRow(['单位编码', '单位名称', '类型', '上级单位编码', '排序', '启用']);
    ws.addRow(['OK-1', '好单位', '其他', '', 1, '是']);
    ws.addRow(['BAD-1', '坏单位', '星球', '', 1, '是']);
    ws.addRow(['BAD-2', '', '其他', 'NO-SUCH', 1, '是']);
    const n = await orgCount();
    const res = await admin.upload('/api/orgs/import', Buffer.from(await wb.xlsx.writeBuffer()));
    assert.equal(res.statusCode, 400);
    assert.equal(errCode(res), 'import.invalid_rows');
    const errors = res.json().error.details.errors as { row: number; column: string; reason: string }[];
    assert.ok(errors.some((e) => e.row === 3 && e.column === '类型' && /类型须为/.test(e.reason)), JSON.stringify(errors));
    assert.ok(errors.some((e) => e.row === 4 && e.column === '单位名称'), JSON.stringify(errors));
    assert.equal(await orgCount(), n);
  });

  it('answers 400 with a clear message to a file that is not xlsx', async () => {
    const res = await admin.upload('/api/orgs/import', Buffer.from('this is not a spreadsheet'), 'x.xlsx');
    assert.equal(res.statusCode, 400);
    assert.equal(errCode(res), 'import.not_xlsx');
    assert.match(res.json().error.message, /Excel/);
  });
});

describe('users', () => {
  it('creates a user with an initial password, masks the phone, and refuses a duplicate username', async () => {
    const orgId = await t.orgId('T-YANGSONG');
    const res = await admin.post('/api/users', { username: 'yangsong', displayName: '杨宋联络员', role: 'unit_reporter', orgId, phone: '13812345678', password: 'Start#2023a' });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().phoneMasked, '138****5678');
    assert.equal(res.json().mustChangePassword, true);
    const row = await t.ctx.db.selectFrom('users').select(['phoneEnc', 'passwordHash']).where('username', '=', 'yangsong').executeTakeFirstOrThrow();
    assert.ok(row.phoneEnc && !row.phoneEnc.includes('13812345678'), 'phone encrypted at rest');
    assert.match(row.passwordHash, /^\$argon2id\$/);
    const a = await lastAudit();
    assert.equal(a.action, 'user.create');
    assert.doesNotMatch(a.afterJson!, /Start#2023a|argon2/, 'no password in the audit log');
    const dup = await admin.post('/api/users', { username: 'yangsong', displayName: 'x', role: 'leader', orgId, password: 'Start#2023a' });
    assert.equal(dup.statusCode, 409);
    assert.equal(errCode(dup), 'user.username_taken');
    const noOrg = await admin.post('/api/users', { username: 'noorg', displayName: 'x', role: 'unit_reporter', password: 'Start#2023a' });
    assert.equal(errCode(noOrg), 'user.org_required');
  });

  it('filters by org subtree and by text, with paging', async () => {
    const towns = await t.orgId('TOWNS');
    const res = (await admin.get(`/api/users?orgId=${towns}&pageSize=50`)).json();
    assert.ok(res.items.length >= 2);
    assert.ok(res.items.every((u: { orgName: string }) => /镇|乡|街道/.test(u.orgName)));
    const q = (await admin.get('/api/users?q=AUDIT')).json();
    assert.deepEqual(q.items.map((u: { username: string }) => u.username), ['auditor']);
    const page = (await admin.get('/api/users?page=2&pageSize=3')).json();
    assert.equal(page.items.length, 3);
    assert.ok(page.total > 6);
  });

  it('keeps the three admin roles apart: the system admin cannot unlock, the security admin cannot create users', async () => {
    const sec = await t.as('secadmin');
    const orgId = await t.orgId('DRC');
    assert.equal((await sec.post('/api/users', { username: 'sneaky', displayName: 'x', role: 'leader', orgId, password: 'Start#2023a' })).statusCode, 403);
    const id = (await t.ctx.db.selectFrom('users').select('id').where('username', '=', 'staff').executeTakeFirstOrThrow()).id;
    assert.equal((await admin.post(`/api/users/${id}/unlock`)).statusCode, 403);
    assert.equal((await admin.get('/api/audit')).statusCode, 403);
    const me = (await admin.get('/api/me')).json();
    assert.equal(errCode(await admin.patch(`/api/users/${me.id}`, { version: 1, role: 'audit_admin' })), 'user.cannot_change_self');
  });

  it('disabling a user ends their sessions', async () => {
    const c = await t.as('town2');
    const u = await t.ctx.db.selectFrom('users').select(['id', 'version']).where('username', '=', 'town2').executeTakeFirstOrThrow();
    assert.equal((await admin.patch(`/api/users/${u.id}`, { version: u.version, active: false })).statusCode, 200);
    assert.equal((await c.get('/api/me')).statusCode, 401);
    assert.equal(errCode(await t.client().login('town2', 'Demo@2023')), 'auth.disabled');
  });
});

describe('audit log', () => {
  it('is read only by the audit admin, searchable, and verifies; an edited row breaks the chain at that row', async () => {
    const auditor = await t.as('auditor');
    const res = await auditor.get('/api/audit?action=org.create');
    assert.equal(res.statusCode, 200);
    assert.ok(res.json().items.every((i: { action: string }) => i.action === 'org.create'));
    assert.ok(res.json().total >= 1);
    for (const who of ['leader', 'staff', 'town', 'secadmin']) assert.equal((await (await t.as(who)).get('/api/audit')).statusCode, 403, who);
    assert.equal((await auditor.get('/api/audit/verify')).json().ok, true);
    const target = res.json().items[0].seq as number;
    await t.ctx.db.updateTable('auditLog').set({ actorName: 'someone-else' }).where('seq', '=', target).execute();
    const v = (await auditor.get('/api/audit/verify')).json();
    assert.equal(v.ok, false);
    assert.equal(v.firstBad.seq, target);
  });
});
