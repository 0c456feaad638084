// Price certification (价格认定): cases requested by police, procuratorates, courts, discipline bodies or
// enforcement agencies — received → accepted (or rejected) → investigation → calculation → review →
// conclusion → delivered (or terminated); the due date runs in working days from acceptance; a
// delivered conclusion is locked (a correction is a new document). Also the government-priced items
// (政府定价/指导价) the district administers, with their basis documents and review dates.
import { certDeadlineWorkingDays, certStageLabels, type CertStage } from '../../../common/prices.ts';
import { addWorkingDays, compareDates, isoDateAt } from '../../../common/periods.ts';
import { can } from '../../../common/permissions.ts';
import { auditActorOf, requirePermission, type Actor } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { affected, likePattern, nowIso, type Trx } from '../../platform/db.ts';
import { buildOfficialDocument } from '../../platform/docx.ts';
import { AppError } from '../../platform/errors.ts';

const flow: Record<string, { from: CertStage[]; to: CertStage }> = {
  accept: { from: ['received'], to: 'accepted' }, reject: { from: ['received'], to: 'rejected' }, investigate: { from: ['accepted'], to: 'investigating' },
  calculate: { from: ['investigating'], to: 'calculating' }, review: { from: ['calculating'], to: 'reviewing' }, conclude: { from: ['reviewing'], to: 'concluded' },
  deliver: { from: ['concluded'], to: 'delivered' }, terminate: { from: ['received', 'accepted', 'investigating', 'calculating', 'reviewing'], to: 'terminated' },
};

export async function listCases(ctx: AppContext, actor: Actor, f: { q?: string; stage?: string }) {
  requirePermission(actor, 'price.cert');
  const today = isoDateAt(Date.now());
  const rows = await ctx.db.selectFrom('certCases').selectAll()
    .$if(!!f.stage, (q) => q.where('stage', '=', f.stage!))
    .$if(!!f.q, (q) => q.where((eb) => eb.or([eb('caseNo', 'like', likePattern(f.q!)), eb('requesterOrg', 'like', likePattern(f.q!)), eb('itemsJson', 'like', likePattern(f.q!))])))
    .orderBy('receivedOn', 'desc').execute();
  return {
    items: rows.map((c) => ({ ...c, items: JSON.parse(c.itemsJson), stageLabel: certStageLabels[c.stage as CertStage].zh, overdue: !!c.dueOn && !['concluded', 'delivered', 'rejected', 'terminated'].includes(c.stage) && compareDates(c.dueOn, today) < 0 })),
    abilities: { write: can(actor.role, 'price.write') },
  };
}

export async function getCase(ctx: AppContext, actor: Actor, id: number) {
  requirePermission(actor, 'price.cert');
  const c = await ctx.db.selectFrom('certCases').selectAll().where('id', '=', id).executeTakeFirst();
  if (!c) throw new AppError('record.not_found');
  const events = await ctx.db.selectFrom('certCaseEvents').selectAll().where('caseId', '=', id).orderBy('id').execute();
  return { ...c, items: JSON.parse(c.itemsJson), stageLabel: certStageLabels[c.stage as CertStage].zh, events };
}

export async function insertCase(trx: Trx, actor: { userId: number | null; displayName: string }, input: { requesterOrg: string; requesterType: string; receivedOn: string; baseDate: string; items: unknown[]; certifiers: string }): Promise<number> {
  const year = input.receivedOn.slice(0, 4);
  const n = (await trx.selectFrom('certCases').select('id').where('caseNo', 'like', `怀价认〔${year}〕%`).execute()).length + 1;
  const now = nowIso();
  const { items, ...fields } = input;
  const { id } = await trx.insertInto('certCases').values({
    ...fields, caseNo: `怀价认〔${year}〕${n}号`, itemsJson: JSON.stringify(items), stage: 'received', acceptedOn: null, dueOn: null, method: null, resultYuan: null, concludedOn: null, deliveredOn: null,
    version: 1, createdAt: now, updatedAt: now, createdBy: actor.userId,
  }).returning('id').executeTakeFirstOrThrow();
  await trx.insertInto('certCaseEvents').values({ caseId: id, at: now, byName: actor.displayName, action: 'receive', note: `收到${input.requesterOrg}价格认定协助书` }).execute();
  return id;
}

export async function createCase(ctx: AppContext, actor: Actor, input: Parameters<typeof insertCase>[2]) {
  requirePermission(actor, 'price.cert');
  requirePermission(actor, 'price.write');
  const id = await ctx.db.transaction().execute(async (trx) => {
    const id = await insertCase(trx, actor, input);
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'cert.create', entityType: 'cert_case', entityId: id, after: input });
    return id;
  });
  return getCase(ctx, actor, id);
}

export async function applyStep(trx: Trx, actor: { userId: number | null; displayName: string }, id: number, input: { action: string; note: string; method?: string; resultYuan?: number; version: number }, on: string) {
  const c = await trx.selectFrom('certCases').selectAll().where('id', '=', id).executeTakeFirst();
  if (!c) throw new AppError('record.not_found');
  if (c.stage === 'delivered') throw new AppError('cert.delivered_locked');
  const step = flow[input.action];
  if (!step.from.includes(c.stage as CertStage)) throw new AppError('cert.bad_transition', { stage: certStageLabels[c.stage as CertStage].zh });
  const set: Record<string, unknown> = { stage: step.to };
  if (input.action === 'accept') { set.acceptedOn = on; set.dueOn = addWorkingDays(on, certDeadlineWorkingDays); }
  if (input.action === 'conclude') {
    if (!input.method || input.resultYuan === undefined) throw new AppError('cert.method_required');
    set.method = input.method; set.resultYuan = input.resultYuan; set.concludedOn = on;
  }
  if (input.action === 'deliver') set.deliveredOn = on;
  const r = await trx.updateTable('certCases').set({ ...set, version: c.version + 1, updatedAt: nowIso() }).where('id', '=', id).where('version', '=', input.version).executeTakeFirst();
  if (affected(r) === 0) throw new AppError('record.stale');
  await trx.insertInto('certCaseEvents').values({ caseId: id, at: nowIso(), byName: actor.displayName, action: input.action, note: input.note || certStageLabels[step.to].zh }).execute();
  return { before: c, set };
}

export async function actOnCase(ctx: AppContext, actor: Actor, id: number, input: { action: string; note: string; method?: string; resultYuan?: number; version: number }) {
  requirePermission(actor, 'price.cert');
  requirePermission(actor, 'price.write');
  await ctx.db.transaction().execute(async (trx) => {
    const { before, set } = await applyStep(trx, actor, id, input, isoDateAt(Date.now()));
    await ctx.audit.record(trx, auditActorOf(actor), { action: `cert.${input.action}`, entityType: 'cert_case', entityId: id, before: { stage: before.stage }, after: set });
  });
  return getCase(ctx, actor, id);
}

/** 价格认定结论书. */
export async function conclusionDocx(ctx: AppContext, actor: Actor, id: number): Promise<Buffer> {
  const c = await getCase(ctx, actor, id);
  if (!['concluded', 'delivered'].includes(c.stage)) throw new AppError('cert.bad_transition', { stage: c.stageLabel });
  const items = c.items as { name: string; spec: string; quantity: number; condition: string }[];
  const d = (s: string | null) => (s ?? '').replace(/^(\d{4})-0?(\d+)-0?(\d+)$/, '$1年$2月$3日');
  await ctx.audit.recordAlone(ctx.db, auditActorOf(actor), { action: 'document.download', entityType: 'cert_case', entityId: id, after: { document: 'conclusion' } });
  return buildOfficialDocument({
    issuer: '区价格认证中心', docNumber: c.caseNo, title: '价格认定结论书', recipients: c.requesterOrg,
    blocks: [
      { type: 'p', text: `你单位于${d(c.receivedOn)}委托我中心对下列标的进行价格认定。我中心接受委托后，依据《价格认定规定》《价格认定行为规范》，遵循合法、公正、科学、效率的原则，按照规定的程序和方法进行了价格认定，现将结论书告知如下：` },
      { type: 'h1', text: '价格认定标的' },
      { type: 'table', headers: ['名称', '规格型号', '数量', '状况'], widths: [30, 30, 12, 28], rows: items.map((i) => [i.name, i.spec, i.quantity, i.condition]) },
      { type: 'h1', text: '价格认定基准日' }, { type: 'p', text: d(c.baseDate) },
      { type: 'h1', text: '价格认定方法' }, { type: 'p', text: c.method ?? '' },
      { type: 'h1', text: '价格认定结论' }, { type: 'p', text: `价格认定标的在价格认定基准日的价格为人民币${c.resultYuan?.toLocaleString('zh-CN')}元。` },
      { type: 'h1', text: '其他事项' },
      { type: 'p', text: '本结论书仅对本次委托有效，不作他用。如对本结论有异议，可于收到本结论书之日起六十日内向上一级价格认定机构提出复核申请。' },
    ],
    signature: '区价格认证中心', date: c.concludedOn ?? undefined,
  });
}

// ── government-priced items ──
export async function listItems(ctx: AppContext, actor: Actor) {
  requirePermission(actor, 'price.read');
  const today = isoDateAt(Date.now());
  const rows = await ctx.db.selectFrom('priceItems').selectAll().orderBy('reviewDue').execute();
  return { items: rows.map((r) => ({ ...r, reviewOverdue: compareDates(r.reviewDue, today) < 0 })), abilities: { write: can(actor.role, 'price.write') } };
}

export async function saveItem(ctx: AppContext, actor: Actor, id: number | null, input: { name: string; form: string; currentPrice: number; unit: string; basisDoc: string; effectiveFrom: string; reviewDue: string; note: string; version?: number }) {
  requirePermission(actor, 'price.write');
  return ctx.db.transaction().execute(async (trx) => {
    const now = nowIso();
    const { version, ...fields } = input;
    if (id === null) {
      const { id: nid } = await trx.insertInto('priceItems').values({ ...fields, version: 1, createdAt: now, updatedAt: now, createdBy: actor.userId }).returning('id').executeTakeFirstOrThrow();
      await ctx.audit.record(trx, auditActorOf(actor), { action: 'price_item.create', entityType: 'price_item', entityId: nid, after: input });
      return { id: nid };
    }
    const before = await trx.selectFrom('priceItems').selectAll().where('id', '=', id).executeTakeFirst();
    if (!before) throw new AppError('record.not_found');
    const r = await trx.updateTable('priceItems').set({ ...fields, version: before.version + 1, updatedAt: now }).where('id', '=', id).where('version', '=', version ?? -1).executeTakeFirst();
    if (affected(r) === 0) throw new AppError('record.stale');
    // The change history is the audit trail of the item (before → after, who, when).
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'price_item.update', entityType: 'price_item', entityId: id, before, after: input });
    return { id };
  });
}
