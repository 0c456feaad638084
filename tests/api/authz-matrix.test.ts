// The authorisation matrix: every API route × every role, against the table below. A route missing
// from the table fails the test, so a new route cannot ship without its row. Denied means 403 and
// nothing written; allowed means the request got past the permission check (any status but 401/403).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { roles, type Role } from '../../common/permissions.ts';
import { createTestApp, type Client, type TestApp } from '../support/app.ts';

const ALL: Role[] = [...roles];
const BUSINESS: Role[] = ['leader', 'division_staff', 'unit_reporter', 'service_steward'];

/** Who may call each route. 'public' = no session needed; 'token' = the open API: a bearer token, never a session. */
export const matrix: Record<string, Role[] | 'public' | 'token'> = {
  'GET /api/health': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': ALL,
  'GET /api/me': ALL,
  'POST /api/me/password': ALL,
  'POST /api/me/totp/setup': ALL,
  'POST /api/me/totp/enable': ALL,
  'POST /api/me/totp/disable': ALL,
  'GET /api/orgs': [...BUSINESS, 'sys_admin', 'sec_admin'],
  'POST /api/orgs': ['sys_admin'],
  'PATCH /api/orgs/:id': ['sys_admin'],
  'DELETE /api/orgs/:id': ['sys_admin'],
  'GET /api/orgs/template': [...BUSINESS, 'sys_admin', 'sec_admin'],
  'GET /api/orgs/export': [...BUSINESS, 'sys_admin', 'sec_admin'],
  'POST /api/orgs/import': ['sys_admin'],
  'GET /api/users': ['sys_admin', 'sec_admin'],
  'POST /api/users': ['sys_admin'],
  'PATCH /api/users/:id': ['sys_admin'],
  'POST /api/users/:id/reset-password': ['sys_admin'],
  'POST /api/users/:id/unlock': ['sec_admin'],
  'GET /api/users/template': ['sys_admin', 'sec_admin'],
  'GET /api/users/export': ['sys_admin', 'sec_admin'],
  'POST /api/users/import': ['sys_admin'],
  'GET /api/audit': ['audit_admin'],
  'GET /api/audit/verify': ['audit_admin'],
  'GET /api/security/policy': ['sec_admin'],
  'PUT /api/security/policy': ['sec_admin'],
  'GET /api/plan/years': BUSINESS,
  'GET /api/plan/:year': BUSINESS,
  'GET /api/plan/:year/tasks': BUSINESS,
  'POST /api/plan/:year/tasks': ['division_staff'],
  'GET /api/plan/tasks/:id': BUSINESS,
  'PATCH /api/plan/tasks/:id': ['division_staff'],
  'PUT /api/plan/tasks/:id/reports/:period': ['unit_reporter'],
  'POST /api/plan/reports/:id/review': ['leader', 'division_staff'],
  'GET /api/plan/:year/dashboard': BUSINESS,
  'GET /api/plan/:year/supervisions': BUSINESS,
  'POST /api/plan/tasks/:id/supervisions': ['leader', 'division_staff'],
  'POST /api/plan/supervisions/:id/reply': ['unit_reporter'],
  'POST /api/plan/:year/supervisions/sweep': ['leader', 'division_staff'],
  'POST /api/plan/tasks/:id/close-request': ['unit_reporter'],
  'POST /api/plan/tasks/:id/close-decision': ['leader', 'division_staff'],
  'PUT /api/plan/tasks/:id/follow': BUSINESS,
  'GET /api/plan/:year/study-sessions': BUSINESS,
  'POST /api/plan/study-sessions': BUSINESS,
  'POST /api/attachments': BUSINESS,
  'GET /api/attachments/:id': BUSINESS,
  'PUT /api/plan/:year/settings': ['division_staff'],
  'GET /api/plan/:year/assessment': BUSINESS,
  'PUT /api/plan/:year/assessment/scheme': ['division_staff'],
  'GET /api/plan/template': BUSINESS,
  'GET /api/plan/:year/export': BUSINESS,
  'POST /api/plan/:year/import': ['division_staff'],
  'GET /api/plan/:year/report.docx': BUSINESS,
  'GET /api/plan/:year/assessment.xlsx': BUSINESS,
  'GET /api/plan/:year/assessment.docx': BUSINESS,
  'GET /api/economy/indicators': BUSINESS,
  'POST /api/economy/indicators': ['division_staff'],
  'PATCH /api/economy/indicators/:id': ['division_staff'],
  'GET /api/economy/:year/overview': BUSINESS,
  'GET /api/economy/:year/indicators/:id': BUSINESS,
  'GET /api/economy/:year/opening': BUSINESS,
  'GET /api/economy/:year/targets': BUSINESS,
  'PUT /api/economy/:year/targets/:indicatorId': ['division_staff'],
  'PUT /api/economy/indicators/:id/values/:period': ['division_staff', 'unit_reporter'],
  'POST /api/economy/values/:id/review': ['division_staff'],
  'POST /api/economy/values/:id/revise': ['division_staff'],
  'GET /api/economy/indicators/:id/vintages': BUSINESS,
  'GET /api/economy/review-queue': BUSINESS,
  'GET /api/economy/values/template': BUSINESS,
  'GET /api/economy/:year/values.xlsx': BUSINESS,
  'POST /api/economy/values/import': ['division_staff', 'unit_reporter'],
  'GET /api/economy/:year/brief.docx': BUSINESS,
  'GET /api/economy/fyp': BUSINESS,
  'POST /api/economy/fyp/indicators': ['division_staff'],
  'PATCH /api/economy/fyp/indicators/:id': ['division_staff'],
  'PUT /api/economy/fyp/indicators/:id/actuals/:year': ['division_staff'],
  'PUT /api/economy/fyp/indicators/:id/override': ['division_staff'],
  'POST /api/economy/fyp/tasks': ['division_staff'],
  'PATCH /api/economy/fyp/tasks/:id': ['division_staff'],
  'GET /api/economy/fyp/report.docx': BUSINESS,
  'GET /api/projects/years': BUSINESS,
  'GET /api/projects/:year': BUSINESS,
  'GET /api/projects/:year/rollup': BUSINESS,
  'POST /api/projects': ['division_staff'],
  'GET /api/projects/item/:id': BUSINESS,
  'PATCH /api/projects/item/:id': ['division_staff'],
  'PUT /api/projects/item/:id/milestones/:step': ['division_staff', 'unit_reporter'],
  'PUT /api/projects/item/:id/reports/:period': ['division_staff', 'unit_reporter'],
  'POST /api/projects/reports/:id/review': ['division_staff'],
  'GET /api/projects/template': BUSINESS,
  'GET /api/projects/:year/export': BUSINESS,
  'POST /api/projects/import': ['division_staff'],
  'GET /api/projects/:year/funding': BUSINESS,
  'POST /api/projects/funding': ['division_staff'],
  'PUT /api/projects/funding/:id': ['division_staff'],
  'GET /api/research-centres': BUSINESS,
  'POST /api/research-centres': ['division_staff'],
  'PUT /api/research-centres/:id': ['division_staff'],
  'POST /api/research-centres/:id/review': ['division_staff'],
  'GET /api/problems': BUSINESS,
  'POST /api/problems': ['division_staff', 'unit_reporter'],
  'GET /api/problems/:id': BUSINESS,
  'POST /api/problems/:id/action': ['division_staff'],
  'GET /api/meetings': BUSINESS,
  'POST /api/meetings': ['division_staff'],
  'GET /api/meetings/:id': BUSINESS,
  'POST /api/meetings/:id/minutes': ['division_staff'],
  'PUT /api/meetings/:id/opinion': ['division_staff', 'unit_reporter'],
  'GET /api/meetings/:id/minutes.docx': BUSINESS,
  'GET /api/enterprises': BUSINESS,
  'GET /api/enterprises/stewards': BUSINESS,
  'POST /api/enterprises': ['division_staff'],
  'GET /api/enterprises/item/:id': BUSINESS,
  'PATCH /api/enterprises/item/:id': BUSINESS,
  'PUT /api/enterprises/item/:id/tax': ['leader', 'division_staff'],
  'GET /api/enterprises/template': BUSINESS,
  'GET /api/enterprises/export': ['division_staff'],
  'POST /api/enterprises/import': ['division_staff'],
  'PUT /api/enterprises/visit-rule/:year': ['division_staff'],
  'POST /api/enterprises/visits': ['division_staff', 'service_steward'],
  'GET /api/enterprises/coverage/:year': BUSINESS,
  'GET /api/enterprises/tax/:year': ['leader', 'division_staff'],
  'GET /api/demands': BUSINESS,
  'POST /api/demands': ['division_staff', 'service_steward'],
  'GET /api/demands/:id': BUSINESS,
  'POST /api/demands/:id/action': BUSINESS,
  'GET /api/demands/stats/:year': BUSINESS,
  'GET /api/leads': BUSINESS,
  'POST /api/leads': ['division_staff'],
  'PUT /api/leads/:id': ['division_staff'],
  'GET /api/evaluations': BUSINESS,
  'PUT /api/evaluations': ['division_staff'],
  'GET /api/policies': BUSINESS,
  'POST /api/policies': ['division_staff'],
  'PUT /api/policies/:id': ['division_staff'],
  'GET /api/policy-applications': BUSINESS,
  'POST /api/policy-applications': BUSINESS,
  'PUT /api/policy-applications/:id': BUSINESS,
  'GET /api/prices/catalogue': BUSINESS,
  'POST /api/prices/commodities': ['division_staff'],
  'POST /api/prices/points': ['division_staff'],
  'PUT /api/prices/points/:id/collectors': ['division_staff'],
  'PUT /api/prices/commodities/:id/threshold': ['division_staff'],
  'POST /api/prices/windows': ['division_staff'],
  'GET /api/prices/form': ['division_staff', 'unit_reporter'],
  'PUT /api/prices/quotes': ['division_staff', 'unit_reporter'],
  'POST /api/prices/approve': ['division_staff'],
  'GET /api/prices/template': BUSINESS,
  'POST /api/prices/import': ['division_staff', 'unit_reporter'],
  'GET /api/prices/export.xlsx': BUSINESS,
  'GET /api/prices/overview': BUSINESS,
  'GET /api/prices/commodities/:id/series': BUSINESS,
  'GET /api/prices/heatmap': BUSINESS,
  'GET /api/prices/alerts': BUSINESS,
  'POST /api/prices/alerts/scan': ['division_staff'],
  'GET /api/prices/brief.docx': BUSINESS,
  'GET /api/prices/windows/:id/report.docx': BUSINESS,
  'GET /api/prices/items': BUSINESS,
  'POST /api/prices/items': ['division_staff'],
  'PUT /api/prices/items/:id': ['division_staff'],
  'GET /api/cert-cases': ['leader', 'division_staff'],
  'POST /api/cert-cases': ['division_staff'],
  'GET /api/cert-cases/:id': ['leader', 'division_staff'],
  'POST /api/cert-cases/:id/action': ['division_staff'],
  'GET /api/cert-cases/:id/conclusion.docx': ['leader', 'division_staff'],
  'GET /api/energy/factors': BUSINESS,
  'POST /api/energy/convert': BUSINESS,
  'GET /api/energy/settings': BUSINESS,
  'PUT /api/energy/settings': ['division_staff'],
  'GET /api/energy/reviews': BUSINESS,
  'POST /api/energy/reviews': ['division_staff'],
  'GET /api/energy/reviews/:id': BUSINESS,
  'POST /api/energy/reviews/:id/action': ['division_staff'],
  'POST /api/energy/reviews/:id/experts': ['division_staff'],
  'POST /api/energy/reviews/:id/acceptance': ['division_staff'],
  'GET /api/energy/reviews/:id/approval.docx': BUSINESS,
  'GET /api/energy/assessment': BUSINESS,
  'POST /api/energy/assessment/tasks': ['division_staff'],
  'GET /api/energy/key-users/template.xlsx': BUSINESS,
  'POST /api/energy/key-users/import': ['division_staff'],
  'GET /api/energy/assessment.xlsx': BUSINESS,
  'GET /api/energy/assessment.docx': BUSINESS,
  'POST /api/energy/targets': ['division_staff'],
  'PATCH /api/energy/targets/:id': ['division_staff'],
  'PUT /api/energy/targets/:id/quarters/:quarter': ['division_staff', 'unit_reporter'],
  'GET /api/energy/key-users': BUSINESS,
  'POST /api/energy/key-users': ['division_staff'],
  'PUT /api/energy/key-users/:id/years/:year': ['division_staff'],
  'GET /api/energy/rural-projects': BUSINESS,
  'GET /api/energy/dashboard': BUSINESS,
  'GET /api/livelihood/years': BUSINESS,
  'POST /api/livelihood/systems': ['division_staff'],
  'GET /api/livelihood/systems/:year': BUSINESS,
  'PUT /api/livelihood/systems/:year/weights': ['division_staff'],
  'POST /api/livelihood/systems/:year/indicators': ['division_staff'],
  'GET /api/livelihood/values': BUSINESS,
  'PUT /api/livelihood/values': ['division_staff', 'unit_reporter'],
  'POST /api/livelihood/values/review': ['division_staff'],
  'GET /api/livelihood/values/template': BUSINESS,
  'POST /api/livelihood/values/import': ['division_staff', 'unit_reporter'],
  'GET /api/livelihood/index/:year': BUSINESS,
  'GET /api/livelihood/index/:year/export.xlsx': BUSINESS,
  'GET /api/livelihood/weak/:year': BUSINESS,
  'POST /api/livelihood/weak/:year/tasks': ['division_staff'],
  'GET /api/livelihood/projects': BUSINESS,
  'POST /api/livelihood/projects': ['division_staff'],
  'DELETE /api/livelihood/projects/:id': ['division_staff'],
  'GET /api/livelihood/szc/:year': BUSINESS,
  'GET /api/livelihood/szc/:year/behind': BUSINESS,
  'POST /api/livelihood/szc/:year/types': ['division_staff'],
  'PUT /api/livelihood/szc/types/:id/targets': ['division_staff'],
  'GET /api/livelihood/szc/:year/reports': BUSINESS,
  'PUT /api/livelihood/szc/reports': ['division_staff', 'unit_reporter'],
  'POST /api/livelihood/szc/reports/review': ['division_staff'],
  'POST /api/livelihood/szc/:year/publicity': ['division_staff', 'unit_reporter'],
  'GET /api/livelihood/population/:year': BUSINESS,
  'GET /api/livelihood/population/:year/over': BUSINESS,
  'PUT /api/livelihood/population/:year/targets': ['division_staff'],
  'PUT /api/livelihood/population/figures': ['division_staff', 'unit_reporter'],
  'POST /api/livelihood/population/figures/review': ['division_staff'],
  'GET /api/notifications': ALL,
  'POST /api/notifications/read': ALL,
  'GET /api/cockpit': ['leader', 'division_staff'],
  'GET /api/my-work': ALL,
  'GET /api/reports/types': ALL,
  'GET /api/reports': ALL,
  'POST /api/reports/generate': ALL,
  'GET /api/reports/:id/download': ALL,
  'PUT /api/reports/subscriptions': ALL,
  'GET /api/admin/jobs': ['sys_admin'],
  'POST /api/admin/jobs/:name/run': ['sys_admin'],
  'GET /api/admin/api-tokens': ['sys_admin'],
  'POST /api/admin/api-tokens': ['sys_admin'],
  'POST /api/admin/api-tokens/:id/revoke': ['sys_admin'],
  'GET /api/admin/webhooks': ['sys_admin'],
  'POST /api/admin/webhooks': ['sys_admin'],
  'PATCH /api/admin/webhooks/:id': ['sys_admin'],
  'DELETE /api/admin/webhooks/:id': ['sys_admin'],
  'POST /api/admin/webhooks/:id/test': ['sys_admin'],
  'GET /api/open/v1/indicators': 'token',
  'GET /api/open/v1/projects': 'token',
  'GET /api/open/v1/alerts': 'token',
};

const demoUserOf: Record<Role, string> = {
  leader: 'leader', division_staff: 'staff', unit_reporter: 'town', service_steward: 'steward',
  sys_admin: 'sysadmin', sec_admin: 'secadmin', audit_admin: 'auditor',
};

let t: TestApp;
const clients = new Map<Role, Client>();
before(async () => {
  t = await createTestApp();
  for (const r of roles) clients.set(r, await t.as(demoUserOf[r]));
});
after(async () => { await t.close(); });

describe('authorisation matrix', () => {
  it('has a row for every API route, and OpenAPI lists every route', async () => {
    const routes = t.app.routeTable.map((r) => `${r.method} ${r.url}`);
    const missing = routes.filter((r) => !(r in matrix));
    assert.deepEqual(missing, [], 'routes without a row in the matrix');
    const stale = Object.keys(matrix).filter((k) => !routes.includes(k));
    assert.deepEqual(stale, [], 'rows for routes that no longer exist');
    const doc = (await t.client().get('/api/docs/json')).json();
    for (const r of t.app.routeTable) {
      const p = r.url.replace(/:(\w+)/g, '{$1}');
      assert.ok(doc.paths[p]?.[r.method.toLowerCase()], `OpenAPI lacks ${r.method} ${p}`);
    }
  });

  it('walks every route × role: denied is 403, allowed gets past the check, anonymous is 401', async () => {
    let checked = 0;
    const countAudit = async () => (await t.ctx.db.selectFrom('auditLog').select('seq').where('result', '=', 'success').execute()).length;
    for (const r of t.app.routeTable) {
      const expected = matrix[`${r.method} ${r.url}`];
      // Logging out or unlocking would change the clients' state; the body {} never passes validation, so writes do not happen.
      if (r.url === '/api/auth/logout') continue;
      const url = r.url.replace(':id', '999999').replace(':year', '2023').replace(':period', '2023-10');
      if (expected !== 'public') {
        const anon = await t.client().request(r.method as 'GET', url, r.method === 'GET' ? undefined : {});
        assert.equal(anon.statusCode, 401, `anonymous ${r.method} ${r.url}`);
      }
      for (const role of roles) {
        const before = await countAudit();
        const res = await clients.get(role)!.request(r.method as 'GET', url, r.method === 'GET' || r.method === 'DELETE' ? undefined : { __probe: true });
        if (expected === 'token') {
          assert.equal(res.statusCode, 401, `${role}'s session is no token for ${r.method} ${r.url}`);
          checked++;
          continue;
        }
        const allowed = expected === 'public' || expected.includes(role);
        if (allowed) assert.ok(![401, 403].includes(res.statusCode), `${role} should pass ${r.method} ${r.url}, got ${res.statusCode} ${res.body}`);
        else {
          assert.equal(res.statusCode, 403, `${role} must be denied ${r.method} ${r.url}, got ${res.statusCode}`);
          if (r.method !== 'GET') assert.equal(await countAudit(), before, `a denied ${r.method} ${r.url} wrote nothing`);
        }
        checked++;
      }
    }
    console.log(`authorisation matrix: ${checked} route × role pairs checked`);
    assert.ok(checked >= 150);
  });
});
