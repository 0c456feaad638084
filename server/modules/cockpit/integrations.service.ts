// Open API tokens (for other government systems: read-only, per-token scopes, shown once, stored as a
// hash, revocable, optionally expiring) and outgoing webhooks (work-messaging group robots of the WeCom
// and DingTalk kind, or a generic HMAC-signed JSON callback). Alerts are queued per webhook with a
// dedupe key (an alert is pushed once), then posted by a job with bounded retries.
import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { tokenInput, TokenScope, webhookInput, webhookUpdate } from '../../../common/integrations.ts';
import { requirePermission, auditActorOf, type Actor } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { randomToken } from '../../platform/crypto.ts';
import { nowIso } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { listAlerts } from '../prices/prices.service.ts';
import { cockpit } from './cockpit.service.ts';

const tokenHash = (token: string) => crypto.createHash('sha256').update(token, 'utf8').digest('hex');

// ── tokens ──

export async function listTokens(ctx: AppContext, actor: Actor) {
  requirePermission(actor, 'platform.integrations');
  const rows = await ctx.db.selectFrom('apiTokens').select(['id', 'name', 'prefix', 'scopes', 'expiresAt', 'revokedAt', 'lastUsedAt', 'createdAt', 'version']).orderBy('id', 'desc').execute();
  return { items: rows.map((r) => ({ ...r, scopes: JSON.parse(r.scopes) as TokenScope[] })) };
}

/** The token is answered once, here; only its hash is kept. */
export async function createToken(ctx: AppContext, actor: Actor, input: z.infer<typeof tokenInput>) {
  requirePermission(actor, 'platform.integrations');
  if (input.expiresOn && input.expiresOn <= nowIso().slice(0, 10)) throw new AppError('token.expiry_past', { expiresOn: input.expiresOn });
  const token = `tc_${randomToken(32)}`;
  const now = nowIso();
  return ctx.db.transaction().execute(async (trx) => {
    const row = { name: input.name, prefix: token.slice(0, 10), tokenHash: tokenHash(token), scopes: JSON.stringify(input.scopes), expiresAt: input.expiresOn ? `${input.expiresOn}T23:59:59.999Z` : null, revokedAt: null, lastUsedAt: null, version: 1, createdAt: now, updatedAt: now, createdBy: actor.userId };
    const { id } = await trx.insertInto('apiTokens').values(row).returning('id').executeTakeFirstOrThrow();
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'token.create', entityType: 'api_token', entityId: id, after: { name: input.name, prefix: row.prefix, scopes: input.scopes, expiresAt: row.expiresAt } });
    return { id: Number(id), name: input.name, prefix: row.prefix, scopes: input.scopes, expiresAt: row.expiresAt, token };
  });
}

export async function revokeToken(ctx: AppContext, actor: Actor, id: number) {
  requirePermission(actor, 'platform.integrations');
  await ctx.db.transaction().execute(async (trx) => {
    const t = await trx.selectFrom('apiTokens').select(['id', 'name', 'prefix', 'revokedAt', 'version']).where('id', '=', id).executeTakeFirst();
    if (!t) throw new AppError('record.not_found');
    if (t.revokedAt) return;
    const now = nowIso();
    await trx.updateTable('apiTokens').set({ revokedAt: now, updatedAt: now, version: t.version + 1 }).where('id', '=', id).execute();
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'token.revoke', entityType: 'api_token', entityId: id, before: { name: t.name, prefix: t.prefix }, after: { revokedAt: now } });
  });
  return { ok: true };
}

/** The caller of an open-API route: a valid, unrevoked, unexpired bearer token holding `scope`. */
export async function tokenActor(ctx: AppContext, header: string | undefined, scope: TokenScope): Promise<Actor> {
  const m = /^Bearer\s+(tc_[A-Za-z0-9_-]{20,80})$/.exec(header ?? '');
  if (!m) throw new AppError('token.required');
  const row = await ctx.db.selectFrom('apiTokens').select(['id', 'name', 'prefix', 'scopes', 'expiresAt', 'revokedAt', 'lastUsedAt']).where('tokenHash', '=', tokenHash(m[1])).executeTakeFirst();
  if (!row || row.revokedAt || (row.expiresAt && Date.parse(row.expiresAt) < Date.now())) throw new AppError('token.invalid');
  if (!(JSON.parse(row.scopes) as string[]).includes(scope)) throw new AppError('token.scope_missing', { scope });
  if (!row.lastUsedAt || Date.now() - Date.parse(row.lastUsedAt) > 60_000) await ctx.db.updateTable('apiTokens').set({ lastUsedAt: nowIso() }).where('id', '=', row.id).execute();
  // Open-API readers see what a commission leader sees: district-wide, read-only.
  return { userId: 0, username: `token:${row.prefix}`, displayName: row.name, role: 'leader', orgId: null, orgPath: null, ip: null };
}

// ── webhooks ──

type WebhookRow = { id: number; name: string; kind: string; urlSealed: string; urlHost: string; secretSealed: string | null; events: string; active: number; version: number; createdAt: string; updatedAt: string };

function webhookView(w: WebhookRow) {
  return { id: w.id, name: w.name, kind: w.kind, urlHost: w.urlHost, hasSecret: !!w.secretSealed, events: JSON.parse(w.events) as string[], active: !!w.active, version: w.version, createdAt: w.createdAt, updatedAt: w.updatedAt };
}

export async function listWebhooks(ctx: AppContext, actor: Actor) {
  requirePermission(actor, 'platform.integrations');
  const rows = await ctx.db.selectFrom('webhooks').selectAll().orderBy('id').execute();
  const stats = await ctx.db.selectFrom('webhookDeliveries').select(['webhookId', 'state', sql<number>`count(*)`.as('n')]).groupBy(['webhookId', 'state']).execute();
  return {
    items: rows.map((w) => ({
      ...webhookView(w as WebhookRow),
      deliveries: Object.fromEntries(stats.filter((s) => s.webhookId === w.id).map((s) => [s.state, Number(s.n)])),
    })),
  };
}

export async function createWebhook(ctx: AppContext, actor: Actor, input: z.infer<typeof webhookInput>) {
  requirePermission(actor, 'platform.integrations');
  const now = nowIso();
  return ctx.db.transaction().execute(async (trx) => {
    const row = {
      name: input.name, kind: input.kind, urlSealed: ctx.box.seal(input.url), urlHost: new URL(input.url).host, secretSealed: input.secret ? ctx.box.seal(input.secret) : null,
      events: JSON.stringify(input.events), active: input.active ? 1 : 0, version: 1, createdAt: now, updatedAt: now, createdBy: actor.userId,
    };
    const { id } = await trx.insertInto('webhooks').values(row).returning('id').executeTakeFirstOrThrow();
    // The robot's address holds its key: the audit keeps the host only.
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'webhook.create', entityType: 'webhook', entityId: id, after: { name: input.name, kind: input.kind, host: row.urlHost, events: input.events, active: input.active } });
    return webhookView({ ...row, id: Number(id) });
  });
}

export async function updateWebhook(ctx: AppContext, actor: Actor, id: number, input: z.infer<typeof webhookUpdate>) {
  requirePermission(actor, 'platform.integrations');
  return ctx.db.transaction().execute(async (trx) => {
    const w = await trx.selectFrom('webhooks').selectAll().where('id', '=', id).executeTakeFirst() as WebhookRow | undefined;
    if (!w) throw new AppError('record.not_found');
    if (w.version !== input.version) throw new AppError('record.stale');
    const patch = {
      ...(input.name !== undefined && { name: input.name }),
      ...(input.url !== undefined && { urlSealed: ctx.box.seal(input.url), urlHost: new URL(input.url).host }),
      ...(input.secret !== undefined && { secretSealed: input.secret ? ctx.box.seal(input.secret) : null }),
      ...(input.events !== undefined && { events: JSON.stringify(input.events) }),
      ...(input.active !== undefined && { active: input.active ? 1 : 0 }),
      version: w.version + 1, updatedAt: nowIso(),
    };
    await trx.updateTable('webhooks').set(patch).where('id', '=', id).execute();
    const after = { ...w, ...patch } as WebhookRow;
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'webhook.update', entityType: 'webhook', entityId: id, before: webhookView(w), after: webhookView(after) });
    return webhookView(after);
  });
}

export async function deleteWebhook(ctx: AppContext, actor: Actor, id: number) {
  requirePermission(actor, 'platform.integrations');
  await ctx.db.transaction().execute(async (trx) => {
    const w = await trx.selectFrom('webhooks').selectAll().where('id', '=', id).executeTakeFirst() as WebhookRow | undefined;
    if (!w) throw new AppError('record.not_found');
    await trx.deleteFrom('webhookDeliveries').where('webhookId', '=', id).execute();
    await trx.deleteFrom('webhooks').where('id', '=', id).execute();
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'webhook.delete', entityType: 'webhook', entityId: id, before: webhookView(w) });
  });
  return { ok: true };
}

type Message = { title: string; text: string; link?: string | null; data: unknown };

/** The body and address of one post, in the receiver's format. */
export function renderDelivery(kind: string, url: string, secret: string | null, event: string, m: Message, now = Date.now()): { url: string; body: string; headers: Record<string, string> } {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (kind === 'wecom') return { url, headers, body: JSON.stringify({ msgtype: 'markdown', markdown: { content: `**${m.title}**\n${m.text}` } }) };
  if (kind === 'dingtalk') {
    let signed = url;
    if (secret) {
      // DingTalk's signed robots: timestamp and base64(HMAC-SHA256(secret, "timestamp\nsecret")) in the query.
      const sign = crypto.createHmac('sha256', secret).update(`${now}\n${secret}`).digest('base64');
      signed += `${url.includes('?') ? '&' : '?'}timestamp=${now}&sign=${encodeURIComponent(sign)}`;
    }
    return { url: signed, headers, body: JSON.stringify({ msgtype: 'markdown', markdown: { title: m.title, text: `### ${m.title}\n${m.text}` } }) };
  }
  const body = JSON.stringify({ event, at: new Date(now).toISOString(), title: m.title, text: m.text, link: m.link ?? null, data: m.data });
  if (secret) headers['x-tongchou-signature'] = `sha256=${crypto.createHmac('sha256', secret).update(body).digest('hex')}`;
  return { url, headers, body };
}

async function enqueue(ctx: AppContext, event: string, dedupeKey: string, m: Message): Promise<number> {
  const hooks = (await ctx.db.selectFrom('webhooks').select(['id', 'events']).where('active', '=', 1).execute()).filter((w) => (JSON.parse(w.events) as string[]).includes(event));
  let queued = 0;
  for (const w of hooks) {
    const exists = await ctx.db.selectFrom('webhookDeliveries').select('id').where('webhookId', '=', w.id).where('dedupeKey', '=', dedupeKey).executeTakeFirst();
    if (exists) continue;
    try {
      await ctx.db.insertInto('webhookDeliveries').values({ webhookId: w.id, event, dedupeKey, payload: JSON.stringify(m), state: 'pending', httpStatus: null, lastError: null, createdAt: nowIso(), sentAt: null }).execute();
      queued++;
    } catch {
      /* queued meanwhile by another node: the unique key keeps it once */
    }
  }
  return queued;
}

const districtReader: Actor = { userId: 0, username: 'system', displayName: '系统', role: 'leader', orgId: null, orgPath: null, ip: null };

/** The alert scan: open price alerts and the cockpit's red items, each queued once per webhook. */
export async function queueAlerts(ctx: AppContext): Promise<{ queued: number }> {
  const any = await ctx.db.selectFrom('webhooks').select('id').where('active', '=', 1).executeTakeFirst();
  if (!any) return { queued: 0 };
  let queued = 0;
  const alerts = await listAlerts(ctx, districtReader, { status: 'open' });
  for (const a of alerts.items) {
    queued += await enqueue(ctx, 'price.alert', `price.alert:${a.id}:${a.level}`, { title: `价格预警：${a.name}`, text: `${a.date} ${a.message}`, link: '/prices', data: { id: a.id, commodity: a.name, date: a.date, kind: a.kind, level: a.level, value: a.value } });
  }
  const c = await cockpit(ctx, districtReader);
  const day = nowIso().slice(0, 10);
  for (const t of c.tiles.filter((x) => x.severity === 'alert')) {
    queued += await enqueue(ctx, 'cockpit.alert', `cockpit:${t.key}:${t.value}:${day}`, { title: `驾驶舱提示：${t.label.zh}`, text: `当前 ${t.value}${t.unit?.zh ?? ''}，请关注。`, link: t.href, data: { key: t.key, value: t.value } });
  }
  return { queued };
}

const MAX_ATTEMPTS = 5;

const deliveryQuery = (ctx: AppContext) => ctx.db.selectFrom('webhookDeliveries').innerJoin('webhooks', 'webhooks.id', 'webhookDeliveries.webhookId')
  .select(['webhookDeliveries.id', 'webhookDeliveries.event', 'webhookDeliveries.payload', 'webhookDeliveries.attempts', 'webhooks.kind', 'webhooks.urlSealed', 'webhooks.secretSealed']);
type DeliveryRow = Awaited<ReturnType<ReturnType<typeof deliveryQuery>['executeTakeFirstOrThrow']>>;

/** One post of one delivery (5 s timeout); records the outcome. A failure stays pending until its fifth attempt. */
async function attempt(ctx: AppContext, r: DeliveryRow): Promise<{ ok: boolean; status: number | null; error: string | null }> {
  const d = renderDelivery(r.kind, ctx.box.open(r.urlSealed), r.secretSealed ? ctx.box.open(r.secretSealed) : null, r.event, JSON.parse(r.payload) as Message);
  let status: number | null = null;
  let error: string | null = null;
  try {
    const res = await fetch(d.url, { method: 'POST', headers: d.headers, body: d.body, signal: AbortSignal.timeout(5_000), redirect: 'error' });
    status = res.status;
    const text = (await res.text()).slice(0, 500);
    // The robots answer 200 with {"errcode":0} on success; anything else is a failure worth a retry.
    let errcode = 0;
    try { errcode = Number((JSON.parse(text) as { errcode?: number }).errcode ?? 0); } catch { /* a generic receiver may answer anything */ }
    if (!res.ok || errcode !== 0) error = `HTTP ${res.status} ${text}`.slice(0, 500);
  } catch (err) {
    error = String((err as Error).message ?? err).slice(0, 500);
  }
  const attempts = r.attempts + 1;
  const state = error === null ? 'sent' : attempts >= MAX_ATTEMPTS || r.event === 'test' ? 'failed' : 'pending';
  await ctx.db.updateTable('webhookDeliveries').set({ state, attempts, httpStatus: status, lastError: error, sentAt: error === null ? nowIso() : null }).where('id', '=', r.id).execute();
  return { ok: error === null, status, error };
}

/** Posts pending deliveries of active webhooks, oldest first. */
export async function sendDeliveries(ctx: AppContext, limit = 50): Promise<{ sent: number; failed: number }> {
  const rows = await deliveryQuery(ctx).where('webhookDeliveries.state', '=', 'pending').where('webhooks.active', '=', 1).orderBy('webhookDeliveries.id').limit(limit).execute();
  let sent = 0;
  for (const r of rows) if ((await attempt(ctx, r)).ok) sent++;
  return { sent, failed: rows.length - sent };
}

/** A test message to one webhook, posted now; the answer says what the receiver said. */
export async function testWebhook(ctx: AppContext, actor: Actor, id: number) {
  requirePermission(actor, 'platform.integrations');
  const w = await ctx.db.selectFrom('webhooks').select('id').where('id', '=', id).executeTakeFirst();
  if (!w) throw new AppError('record.not_found');
  const { id: deliveryId } = await ctx.db.insertInto('webhookDeliveries').values({
    webhookId: id, event: 'test', dedupeKey: `test:${Date.now()}:${crypto.randomBytes(3).toString('hex')}`, state: 'pending', httpStatus: null, lastError: null, createdAt: nowIso(), sentAt: null,
    payload: JSON.stringify({ title: '统筹平台测试消息', text: `这是一条测试消息（${nowIso()}）。`, data: null }),
  }).returning('id').executeTakeFirstOrThrow();
  const r = await attempt(ctx, await deliveryQuery(ctx).where('webhookDeliveries.id', '=', Number(deliveryId)).executeTakeFirstOrThrow());
  await ctx.audit.recordAlone(ctx.db, auditActorOf(actor), { action: 'webhook.test', entityType: 'webhook', entityId: id, after: { ok: r.ok, status: r.status } });
  return r;
}

