// Price monitoring (价格监测): the catalogue and points, collectors' daily quotes (a big jump needs a
// confirmed note; approved days are locked), the district price per commodity (mean of the points),
// day-on-day, week-on-week and year-on-year changes, fixed-weight group indices on the base year, rule
// alerts (thresholds per commodity) and the statistical alert (ALPS on monthly means), daily reporting
// with a noon deadline for commodities under an open alert, holiday/emergency windows.
import { sql } from 'kysely';
import { alps, changePct, groupIndex, jumpConfirmFactor, meanPrice, ruleAlert, type AlpsGrade } from '../../../common/prices.ts';
import { addDays, compareDates, isoDateAt } from '../../../common/periods.ts';
import { can } from '../../../common/permissions.ts';
import { auditActorOf, requirePermission, type Actor } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { nowIso, type Executor, type Trx } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { notify, usersWithRole } from '../../platform/notify.ts';
import { bumpDataVersion, readDataVersion, VersionedCache } from '../../platform/data-version.ts';
import { readKept } from '../../platform/write-cache.ts';

export const BASE_YEAR = 2022; // the index base: the year's average price = 100
const r2 = (v: number) => Math.round(v * 100) / 100;

export async function catalogue(ctx: AppContext, actor: Actor) {
  requirePermission(actor, 'price.read');
  const [commodities, points, collectors, windows, open] = await Promise.all([
    ctx.db.selectFrom('priceCommodities').selectAll().where('active', '=', 1).orderBy('seq').execute(),
    ctx.db.selectFrom('pricePoints').leftJoin('orgUnits', 'orgUnits.id', 'pricePoints.townId').selectAll('pricePoints').select('orgUnits.name as townName').orderBy('pricePoints.id').execute(),
    ctx.db.selectFrom('pricePointCollectors').innerJoin('users', 'users.id', 'pricePointCollectors.userId').select(['pointId', 'userId', 'users.displayName']).execute(),
    ctx.db.selectFrom('priceWindows').selectAll().orderBy('startDate', 'desc').execute(),
    openAlertCommodities(ctx.db),
  ]);
  return {
    commodities: commodities.map((c) => ({ ...c, dailyReporting: open.has(c.id) })),
    points: points.map((p) => ({ ...p, collectors: collectors.filter((c) => c.pointId === p.id).map((c) => ({ userId: c.userId, name: c.displayName })), mine: collectors.some((c) => c.pointId === p.id && c.userId === actor.userId) })),
    windows, abilities: { write: can(actor.role, 'price.write'), collect: can(actor.role, 'price.collect') },
  };
}

async function openAlertCommodities(db: Executor): Promise<Set<number>> {
  return new Set((await db.selectFrom('priceAlerts').select('commodityId').where('status', '=', 'open').execute()).map((a) => a.commodityId));
}

export async function setThreshold(ctx: AppContext, actor: Actor, id: number, t: { risePct: number; fallPct: number }) {
  requirePermission(actor, 'price.write');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('priceCommodities').select(['risePct', 'fallPct', 'version']).where('id', '=', id).executeTakeFirst();
    if (!before) throw new AppError('record.not_found');
    await trx.updateTable('priceCommodities').set({ risePct: t.risePct, fallPct: t.fallPct, version: before.version + 1, updatedAt: nowIso() }).where('id', '=', id).execute();
    await bumpDataVersion(trx, 'prices');
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'price.threshold', entityType: 'price_commodity', entityId: id, before, after: t });
  });
  return { ok: true };
}

export async function createWindow(ctx: AppContext, actor: Actor, w: { name: string; kind: string; startDate: string; endDate: string }) {
  requirePermission(actor, 'price.write');
  return ctx.db.transaction().execute(async (trx) => {
    const now = nowIso();
    const { id } = await trx.insertInto('priceWindows').values({ ...w, version: 1, createdAt: now, updatedAt: now, createdBy: actor.userId }).returning('id').executeTakeFirstOrThrow();
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'price.window', entityType: 'price_window', entityId: id, after: w });
    return { id };
  });
}

async function isCollector(db: Executor, actor: Actor, pointId: number): Promise<boolean> {
  if (can(actor.role, 'price.write')) return true;
  return !!(await db.selectFrom('pricePointCollectors').select('pointId').where('pointId', '=', pointId).where('userId', '=', actor.userId).executeTakeFirst());
}

/** The collector's form for a point and day: each commodity with the point's last price beside the box. */
export async function collectorForm(ctx: AppContext, actor: Actor, pointId: number, date: string) {
  requirePermission(actor, 'price.collect');
  const point = await ctx.db.selectFrom('pricePoints').selectAll().where('id', '=', pointId).executeTakeFirst();
  if (!point) throw new AppError('record.not_found');
  if (!(await isCollector(ctx.db, actor, pointId))) throw new AppError('price.not_collector');
  const [commodities, today, last, open] = await Promise.all([
    ctx.db.selectFrom('priceCommodities').selectAll().where('active', '=', 1).orderBy('seq').execute(),
    ctx.db.selectFrom('priceQuotes').select(['commodityId', 'price', 'note', 'state']).where('pointId', '=', pointId).where('date', '=', date).execute(),
    ctx.db.selectFrom('priceQuotes').select(['commodityId', 'price', 'date']).where('pointId', '=', pointId).where('date', '<', date).where('date', '>=', addDays(date, -30))
      .orderBy('date', 'desc').execute(),
    openAlertCommodities(ctx.db),
  ]);
  return {
    point, date, jumpConfirmFactor,
    items: commodities.map((c) => {
      const prev = last.find((l) => l.commodityId === c.id);
      const q = today.find((t) => t.commodityId === c.id);
      return { commodityId: c.id, code: c.code, name: c.name, spec: c.spec, unit: c.unit, group: c.groupName, lastPrice: prev?.price ?? null, lastDate: prev?.date ?? null, price: q?.price ?? null, note: q?.note ?? '', state: q?.state ?? null, dailyReporting: open.has(c.id) };
    }),
  };
}

export type QuoteWrite = { pointId: number; date: string; quotes: { commodityId: number; price: number; note: string; confirmJump: boolean }[]; source: 'manual' | 'import' };

/** Saves a point's quotes of a day inside the caller's transaction, with every rule of entry. */
export async function writeQuotes(trx: Trx, actor: Actor, w: QuoteWrite, today: string): Promise<number> {
  if (!(await isCollector(trx, actor, w.pointId))) throw new AppError('price.not_collector');
  if (compareDates(w.date, today) > 0) throw new AppError('price.future_date');
  const commodities = new Map((await trx.selectFrom('priceCommodities').select(['id', 'name']).execute()).map((c) => [c.id, c.name]));
  const now = nowIso();
  for (const q of w.quotes) {
    const name = commodities.get(q.commodityId);
    if (!name) throw new AppError('price.unknown_commodity', { id: q.commodityId });
    const prev = await trx.selectFrom('priceQuotes').select(['price']).where('pointId', '=', w.pointId).where('commodityId', '=', q.commodityId).where('date', '<', w.date).orderBy('date', 'desc').limit(1).executeTakeFirst();
    if (prev && (q.price >= prev.price * jumpConfirmFactor || q.price <= prev.price / jumpConfirmFactor) && !(q.confirmJump && q.note.trim())) {
      throw new AppError('price.jump_unconfirmed', { commodity: name, price: q.price, previous: prev.price, commodityId: q.commodityId });
    }
    const existing = await trx.selectFrom('priceQuotes').select(['id', 'state']).where('pointId', '=', w.pointId).where('commodityId', '=', q.commodityId).where('date', '=', w.date).executeTakeFirst();
    if (existing?.state === 'approved') throw new AppError('price.locked', { date: w.date });
    if (existing) await trx.updateTable('priceQuotes').set({ price: q.price, note: q.note, source: w.source, collectorId: actor.userId, updatedAt: now }).where('id', '=', existing.id).execute();
    else await trx.insertInto('priceQuotes').values({ pointId: w.pointId, commodityId: q.commodityId, date: w.date, price: q.price, note: q.note, state: 'submitted', source: w.source, collectorId: actor.userId, updatedAt: now }).execute();
  }
  await bumpDataVersion(trx, 'prices');
  return w.quotes.length;
}

export async function saveQuotes(ctx: AppContext, actor: Actor, w: Omit<QuoteWrite, 'source'>) {
  requirePermission(actor, 'price.collect');
  const n = await ctx.db.transaction().execute(async (trx) => {
    const n = await writeQuotes(trx, actor, { ...w, source: 'manual' }, isoDateAt(Date.now()));
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'price.quotes', entityType: 'price_point', entityId: w.pointId, after: w });
    return n;
  });
  return { saved: n };
}

/** The price division approves a day's quotes; they are then locked. */
export async function approveDay(ctx: AppContext, actor: Actor, date: string) {
  requirePermission(actor, 'price.write');
  return ctx.db.transaction().execute(async (trx) => {
    const r = await trx.updateTable('priceQuotes').set({ state: 'approved', updatedAt: nowIso() }).where('date', '=', date).where('state', '=', 'submitted').executeTakeFirst();
    const n = Number(r.numUpdatedRows);
    if (n > 0) await bumpDataVersion(trx, 'prices');
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'price.approve', entityType: 'price_day', entityId: date, after: { approved: n } });
    return { approved: n };
  });
}

// ── analysis ──

/** Daily mean price per commodity (across points) over a date range, from the database's own averages. */
export async function dailyMeans(db: Executor, from: string, to: string, commodityId?: number): Promise<Map<number, Map<string, number>>> {
  const rows = await db.selectFrom('priceQuotes').select(['commodityId', 'date']).select((eb) => eb.fn.avg<number>('price').as('mean'))
    .where('date', '>=', from).where('date', '<=', to).$if(commodityId !== undefined, (q) => q.where('commodityId', '=', commodityId!))
    .groupBy(['commodityId', 'date']).execute();
  const m = new Map<number, Map<string, number>>();
  for (const r of rows) (m.get(r.commodityId) ?? m.set(r.commodityId, new Map()).get(r.commodityId)!).set(r.date, r2(Number(r.mean)));
  return m;
}

async function monthlyMeans(db: Executor, to: string): Promise<Map<number, { month: string; price: number }[]>> {
  const rows = await db.selectFrom('priceQuotes').select(['commodityId', sql<string>`substr(date, 1, 7)`.as('month')]).select((eb) => eb.fn.avg<number>('price').as('mean'))
    .where('date', '<=', to).groupBy(['commodityId', sql`substr(date, 1, 7)`]).orderBy(sql`substr(date, 1, 7)`).execute();
  const m = new Map<number, { month: string; price: number }[]>();
  for (const r of rows) (m.get(r.commodityId) ?? m.set(r.commodityId, []).get(r.commodityId)!).push({ month: r.month, price: Number(r.mean) });
  return m;
}

const weekMean = (days: Map<string, number> | undefined, end: string) => {
  const v: number[] = [];
  for (let k = 0; k < 7; k++) { const p = days?.get(addDays(end, -k)); if (p !== undefined) v.push(p); }
  return meanPrice(v);
};
const lastBefore = (days: Map<string, number> | undefined, date: string, within = 10) => {
  for (let k = 1; k <= within; k++) { const p = days?.get(addDays(date, -k)); if (p !== undefined) return p; }
  return null;
};
const near = (days: Map<string, number> | undefined, date: string) => {
  for (const k of [0, -1, 1, -2, 2, -3, 3]) { const p = days?.get(addDays(date, k)); if (p !== undefined) return p; }
  return null;
};

type DayData = {
  commodities: Awaited<ReturnType<typeof activeCommodities>>;
  means: Map<number, Map<string, number>>;
  monthly: Map<number, { month: string; price: number }[]>;
  baseOf: Map<number, number>;
};
function activeCommodities(db: Executor) {
  return db.selectFrom('priceCommodities').selectAll().where('active', '=', 1).orderBy('seq').execute();
}

/** Loads what evaluating the days from..to needs, once: daily means back to a year before, monthly means, base-year averages. */
async function loadDayData(db: Executor, from: string, to: string): Promise<DayData> {
  const [commodities, means, monthly, base] = await Promise.all([
    activeCommodities(db), dailyMeans(db, addDays(from, -380), to), monthlyMeans(db, to),
    db.selectFrom('priceQuotes').select('commodityId').select((eb) => eb.fn.avg<number>('price').as('mean')).where('date', '>=', `${BASE_YEAR}-01-01`).where('date', '<=', `${BASE_YEAR}-12-31`).groupBy('commodityId').execute(),
  ]);
  return { commodities, means, monthly, baseOf: new Map(base.map((b) => [b.commodityId, Number(b.mean)])) };
}

/**
 * The figures of every commodity on a day: district price, day-on-day, week-on-week (7-day means) and
 * year-on-year changes, the rule alert (week-on-week; day-on-day too while the commodity is in daily
 * reporting), the ALPS grade of the month so far against the earlier months, and the group indices on
 * the base year's average.
 */
function evaluateDay(data: DayData, date: string, open: ReadonlySet<number>) {
  const month = date.slice(0, 7);
  const items = data.commodities.map((c) => {
    const days = data.means.get(c.id);
    const price = days?.get(date) ?? null;
    const dayChange = changePct(price, lastBefore(days, date));
    const weekChange = changePct(weekMean(days, date), weekMean(days, addDays(date, -7)));
    const yoy = changePct(price, near(days, addDays(date, -364)));
    const daily = open.has(c.id);
    const byWeek = ruleAlert(weekChange, c);
    const byDay = daily ? ruleAlert(dayChange, c) : null;
    const rule = byWeek === 'red' || byDay === 'red' ? 'red' : byWeek ?? byDay;
    const history = (data.monthly.get(c.id) ?? []).filter((s) => s.month < month).map((s) => ({ month: Number(s.month.slice(5)), price: s.price }));
    const monthToDate: number[] = [];
    for (let d = `${month}-01`; compareDates(d, date) <= 0; d = addDays(d, 1)) { const p = days?.get(d); if (p !== undefined) monthToDate.push(p); }
    const current = meanPrice(monthToDate);
    // The month so far is graded once it holds ten days: fewer make too noisy a monthly mean [design].
    const stat = current !== null && monthToDate.length >= 10 ? alps(history, { month: Number(month.slice(5)), price: current }) : null;
    return {
      commodityId: c.id, code: c.code, name: c.name, spec: c.spec, unit: c.unit, group: c.groupName, weight: c.weight, price, dayChangePct: dayChange, weekChangePct: weekChange, yoyPct: yoy,
      ruleAlert: rule, alps: stat?.value ?? null, alpsGrade: (stat?.grade ?? null) as AlpsGrade | null, expected: stat?.expected ?? null, dailyReporting: daily, basePrice: data.baseOf.get(c.id) ?? null,
      thresholds: { risePct: c.risePct, fallPct: c.fallPct },
    };
  });
  const groups = [...new Set(items.map((i) => i.group))].map((g) => ({ group: g, index: groupIndex(items.filter((i) => i.group === g).map((i) => ({ weight: i.weight, price: i.price, basePrice: i.basePrice }))) }));
  return { date, baseYear: BASE_YEAR, items, groups, overallIndex: groupIndex(items.map((i) => ({ weight: i.weight, price: i.price, basePrice: i.basePrice }))) };
}

export async function analyseDay(db: Executor, date: string) {
  const [data, open] = await Promise.all([loadDayData(db, date, date), openAlertCommodities(db)]);
  return evaluateDay(data, date, open);
}

const overviewCache = new WeakMap<AppContext, VersionedCache<string, unknown>>();

/** A day's overview; kept per process under the prices data version (every price write bumps it in its transaction). */
export async function overview(ctx: AppContext, actor: Actor, date?: string) {
  requirePermission(actor, 'price.read');
  const version = String(await readKept(ctx, actor, 'data_version.prices', () => readDataVersion(ctx.db, 'prices')));
  const cache = overviewCache.get(ctx) ?? overviewCache.set(ctx, new VersionedCache(32)).get(ctx)!;
  const key = date ?? 'latest';
  return cache.obtain(key, version, () => computeOverview(ctx, date)) as Promise<Awaited<ReturnType<typeof computeOverview>>>;
}

const overviewJsonCache = new WeakMap<AppContext, VersionedCache<string, Buffer>>();

/** The overview as the route sends it: JSON bytes, built once per prices data version and day. */
export async function overviewJson(ctx: AppContext, actor: Actor, date?: string): Promise<Buffer> {
  requirePermission(actor, 'price.read');
  const version = String(await readKept(ctx, actor, 'data_version.prices', () => readDataVersion(ctx.db, 'prices')));
  const cache = overviewJsonCache.get(ctx) ?? overviewJsonCache.set(ctx, new VersionedCache(32)).get(ctx)!;
  const key = date ?? 'latest';
  return cache.obtain(key, version, async () => Buffer.from(JSON.stringify(await overview(ctx, actor, date))));
}

async function computeOverview(ctx: AppContext, date?: string) {
  const d = date ?? (await ctx.db.selectFrom('priceQuotes').select((eb) => eb.fn.max('date').as('d')).executeTakeFirst())?.d ?? isoDateAt(Date.now());
  const [a, alerts] = await Promise.all([analyseDay(ctx.db, d), ctx.db.selectFrom('priceAlerts').innerJoin('priceCommodities', 'priceCommodities.id', 'priceAlerts.commodityId').selectAll('priceAlerts').select('priceCommodities.name').where('status', '=', 'open').orderBy('date', 'desc').execute()]);
  return { ...a, openAlerts: alerts };
}

export async function series(ctx: AppContext, actor: Actor, commodityId: number, from: string, to: string) {
  requirePermission(actor, 'price.read');
  const c = await ctx.db.selectFrom('priceCommodities').selectAll().where('id', '=', commodityId).executeTakeFirst();
  if (!c) throw new AppError('record.not_found');
  const [means, points, quotes] = await Promise.all([
    dailyMeans(ctx.db, from, to, commodityId), ctx.db.selectFrom('pricePoints').select(['id', 'name']).orderBy('id').execute(),
    ctx.db.selectFrom('priceQuotes').select(['pointId', 'date', 'price']).where('commodityId', '=', commodityId).where('date', '>=', from).where('date', '<=', to).orderBy('date').execute(),
  ]);
  const lastYear = await dailyMeans(ctx.db, addDays(from, -364), addDays(to, -364), commodityId);
  const days = [...(means.get(commodityId)?.entries() ?? [])].sort((a, b) => a[0].localeCompare(b[0]));
  return {
    commodity: c, mean: days.map(([date, price]) => ({ date, price, lastYear: near(lastYear.get(commodityId), addDays(date, -364)) })),
    byPoint: points.map((p) => ({ pointId: p.id, name: p.name, prices: quotes.filter((q) => q.pointId === p.id).map((q) => ({ date: q.date, price: q.price })) })),
  };
}

/** Week-on-week change by point and commodity (the heat-map). */
export async function heatmap(ctx: AppContext, actor: Actor, date: string) {
  requirePermission(actor, 'price.read');
  const rows = await ctx.db.selectFrom('priceQuotes').select(['pointId', 'commodityId', 'date', 'price']).where('date', '>=', addDays(date, -13)).where('date', '<=', date).execute();
  const [points, commodities] = await Promise.all([ctx.db.selectFrom('pricePoints').select(['id', 'name']).orderBy('id').execute(), ctx.db.selectFrom('priceCommodities').select(['id', 'name']).where('active', '=', 1).orderBy('seq').execute()]);
  const week = (p: number, c: number, end: string) => meanPrice(rows.filter((r) => r.pointId === p && r.commodityId === c && r.date <= end && r.date > addDays(end, -7)).map((r) => r.price));
  return { date, points, commodities, cells: points.flatMap((p) => commodities.map((c) => ({ pointId: p.id, commodityId: c.id, changePct: changePct(week(p.id, c.id, date), week(p.id, c.id, addDays(date, -7))) }))) };
}

/**
 * Scans days in order: opens a rule alert for a yellow/red move and a statistical alert for an ALPS crisis
 * (≥ 2 standard deviations above the seasonal trend) [design: the 'alert' grade is shown, not pushed],
 * notifies the price division once per alert (the commodity then reports daily by noon), and closes a
 * commodity's open alerts after a quiet week. Days already scanned raise nothing twice.
 */
export async function scanDays(ctx: AppContext, from: string, to: string) {
  const data = await loadDayData(ctx.db, from, to);
  let opened = 0;
  let closed = 0;
  await ctx.db.transaction().execute(async (trx) => {
    const division = await usersWithRole(trx, ['division_staff']);
    const open = await openAlertCommodities(trx);
    const lastAlert = new Map((await trx.selectFrom('priceAlerts').select('commodityId').select((eb) => eb.fn.max('date').as('d')).groupBy('commodityId').execute()).map((r) => [r.commodityId, r.d as string]));
    for (let date = from; compareDates(date, to) <= 0; date = addDays(date, 1)) {
      const a = evaluateDay(data, date, open);
      for (const i of a.items) {
        const found: { kind: string; level: string; value: number; message: string }[] = [];
        if (i.ruleAlert) {
          const v = i.dailyReporting && i.dayChangePct !== null && Math.abs(i.dayChangePct) > Math.abs(i.weekChangePct ?? 0) ? i.dayChangePct : i.weekChangePct!;
          found.push({ kind: 'rule', level: i.ruleAlert, value: v, message: `${i.name}${v >= 0 ? '上涨' : '下跌'}${Math.abs(v)}%，超过预警阈值（涨 ${i.thresholds.risePct}% / 跌 ${i.thresholds.fallPct}%）` });
        }
        if (i.alpsGrade === 'crisis') found.push({ kind: 'statistical', level: 'crisis', value: i.alps!, message: `${i.name}本月均价偏离季节性趋势 ${i.alps} 个标准差（危机）` });
        for (const f of found) {
          // One open alert per commodity and kind: while it is open, later days extend it rather than repeat it.
          const exists = await trx.selectFrom('priceAlerts').select(['id', 'level']).where('commodityId', '=', i.commodityId).where('kind', '=', f.kind)
            .where((eb) => eb.or([eb('date', '=', date), eb('status', '=', 'open')])).executeTakeFirst();
          if (exists) {
            if (exists.level === 'yellow' && f.level === 'red') await trx.updateTable('priceAlerts').set({ level: 'red', value: f.value, message: f.message }).where('id', '=', exists.id).execute();
            lastAlert.set(i.commodityId, date);
            continue;
          }
          await trx.insertInto('priceAlerts').values({ commodityId: i.commodityId, date, ...f, status: 'open', createdAt: nowIso() }).execute();
          await notify(trx, division, { kind: 'price.alert', title: `价格预警：${f.message}`, body: `${date}。该商品转为每日报送，当日 12:00 前报价。`, link: `/prices?date=${date}`, dedupeKey: `price-alert-${i.commodityId}-${date}-${f.kind}` });
          open.add(i.commodityId);
          lastAlert.set(i.commodityId, date);
          opened++;
        }
        const last = lastAlert.get(i.commodityId);
        if (found.length === 0 && open.has(i.commodityId) && last && compareDates(addDays(last, 7), date) <= 0) {
          const r = await trx.updateTable('priceAlerts').set({ status: 'closed' }).where('commodityId', '=', i.commodityId).where('status', '=', 'open').executeTakeFirst();
          closed += Number(r.numUpdatedRows);
          open.delete(i.commodityId);
        }
      }
    }
    if (opened || closed) await bumpDataVersion(trx, 'prices'); // open alerts change what the overview shows
  });
  return { from, to, opened, closed };
}

export const scanAlerts = (ctx: AppContext, date: string) => scanDays(ctx, date, date);

export async function listAlerts(ctx: AppContext, actor: Actor, f: { status?: string; from?: string; to?: string }) {
  requirePermission(actor, 'price.read');
  const items = await ctx.db.selectFrom('priceAlerts').innerJoin('priceCommodities', 'priceCommodities.id', 'priceAlerts.commodityId').selectAll('priceAlerts').select(['priceCommodities.name', 'priceCommodities.groupName'])
    .$if(!!f.status, (q) => q.where('status', '=', f.status!)).$if(!!f.from, (q) => q.where('date', '>=', f.from!)).$if(!!f.to, (q) => q.where('date', '<=', f.to!))
    .orderBy('date', 'desc').execute();
  return { items };
}

export async function scanAlertsAs(ctx: AppContext, actor: Actor, date: string) {
  requirePermission(actor, 'price.write');
  const r = await scanAlerts(ctx, date);
  await ctx.audit.recordAlone(ctx.db, auditActorOf(actor), { action: 'price.scan', entityType: 'price_day', entityId: date, after: r });
  return r;
}

/** The daily alert scan job: yesterday and today in Beijing. */
export async function scanRecent(ctx: AppContext) {
  const today = isoDateAt(Date.now());
  return [await scanAlerts(ctx, addDays(today, -1)), await scanAlerts(ctx, today)];
}

// ── catalogue upkeep ──

export async function createCommodity(ctx: AppContext, actor: Actor, input: { code: string; name: string; spec: string; unit: string; group: string; weight: number; risePct: number; fallPct: number; seq: number }) {
  requirePermission(actor, 'price.write');
  return ctx.db.transaction().execute(async (trx) => {
    if (await trx.selectFrom('priceCommodities').select('id').where('code', '=', input.code).executeTakeFirst()) throw new AppError('record.duplicate', { field: '商品编码', value: input.code });
    const now = nowIso();
    const { group, ...rest } = input;
    const { id } = await trx.insertInto('priceCommodities').values({ ...rest, groupName: group, version: 1, createdAt: now, updatedAt: now, createdBy: actor.userId }).returning('id').executeTakeFirstOrThrow();
    await bumpDataVersion(trx, 'prices');
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'price.commodity.create', entityType: 'price_commodity', entityId: id, after: input });
    return { id };
  });
}

export async function createPoint(ctx: AppContext, actor: Actor, input: { code: string; name: string; type: string; townId: number | null; address: string; collectorIds: number[] }) {
  requirePermission(actor, 'price.write');
  return ctx.db.transaction().execute(async (trx) => {
    if (await trx.selectFrom('pricePoints').select('id').where('code', '=', input.code).executeTakeFirst()) throw new AppError('record.duplicate', { field: '监测点编码', value: input.code });
    if (input.townId && !(await trx.selectFrom('orgUnits').select('id').where('id', '=', input.townId).executeTakeFirst())) throw new AppError('ent.unit_not_found', { id: input.townId });
    const now = nowIso();
    const { collectorIds, ...rest } = input;
    const { id } = await trx.insertInto('pricePoints').values({ ...rest, version: 1, createdAt: now, updatedAt: now, createdBy: actor.userId }).returning('id').executeTakeFirstOrThrow();
    await writeCollectors(trx, id, collectorIds);
    await bumpDataVersion(trx, 'prices');
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'price.point.create', entityType: 'price_point', entityId: id, after: input });
    return { id };
  });
}

async function writeCollectors(trx: Trx, pointId: number, userIds: number[]) {
  for (const u of new Set(userIds)) if (!(await trx.selectFrom('users').select('id').where('id', '=', u).executeTakeFirst())) throw new AppError('ent.unit_not_found', { id: u });
  await trx.deleteFrom('pricePointCollectors').where('pointId', '=', pointId).execute();
  if (userIds.length) await trx.insertInto('pricePointCollectors').values([...new Set(userIds)].map((userId) => ({ pointId, userId }))).execute();
}

export async function setCollectors(ctx: AppContext, actor: Actor, pointId: number, userIds: number[]) {
  requirePermission(actor, 'price.write');
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await trx.selectFrom('pricePoints').select('id').where('id', '=', pointId).executeTakeFirst())) throw new AppError('record.not_found');
    const before = await trx.selectFrom('pricePointCollectors').select('userId').where('pointId', '=', pointId).execute();
    await writeCollectors(trx, pointId, userIds);
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'price.point.collectors', entityType: 'price_point', entityId: pointId, before, after: { userIds } });
  });
  return { ok: true };
}
