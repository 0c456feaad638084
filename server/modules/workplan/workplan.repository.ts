// Queries of the work plan.
import { sql } from 'kysely';
import type { Executor } from '../../platform/db.ts';
import { likePattern, preparedQuery } from '../../platform/db.ts';
import type { Actor } from '../../platform/access.ts';
import { scopeTasks } from './workplan.policy.ts';

export type TaskFilter = { year: number; areaId?: number; unitId?: number; leaderName?: string; tag?: string; q?: string; mine?: boolean };

// Read by every work-plan request (its data version keys the status cache): built and compiled once.
const yearQuery = preparedQuery(['year'], (db, p) => db.selectFrom('planYears').selectAll().where('year', '=', p.year));

export async function yearRow(db: Executor, year: number) {
  const [row] = await yearQuery(db, { year });
  return row as typeof row | undefined;
}

export function listYears(db: Executor) {
  return db.selectFrom('planYears').select(['year', 'title', 'statusDate', 'isDemo', 'reportDueDay']).orderBy('year', 'desc').execute();
}

export function areas(db: Executor, year: number) {
  return db.selectFrom('planAreas').select(['id', 'seq', 'title', 'shortTitle']).where('year', '=', year).orderBy('seq').execute();
}

export function workPoints(db: Executor, year: number) {
  return db.selectFrom('workPoints').select(['id', 'areaId', 'seq', 'title', 'source']).where('year', '=', year).orderBy('id').execute();
}

/** Tasks in the actor's scope matching the filter, with their area and lead unit. */
export async function tasks(db: Executor, actor: Actor, f: TaskFilter) {
  let qb = db.selectFrom('tasks')
    .innerJoin('workPoints', 'workPoints.id', 'tasks.workPointId')
    .innerJoin('orgUnits as lead', 'lead.id', 'tasks.leadUnitId')
    .selectAll('tasks')
    .select(['workPoints.areaId', 'workPoints.seq as workPointSeq', 'workPoints.title as workPointTitle', 'lead.name as leadUnitName', 'lead.path as leadUnitPath'])
    .where('tasks.year', '=', f.year);
  qb = scopeTasks(actor, qb);
  qb = qb
    .$if(f.areaId !== undefined, (q) => q.where('workPoints.areaId', '=', f.areaId!))
    .$if(f.unitId !== undefined, (q) => q.where('tasks.id', 'in', (eb) => eb.selectFrom('taskUnits').select('taskId').where('orgId', '=', f.unitId!)))
    .$if(!!f.leaderName, (q) => q.where('tasks.leaderName', '=', f.leaderName!))
    .$if(!!f.tag, (q) => q.where('tasks.tags', 'like', likePattern(`"${f.tag}"`)))
    .$if(!!f.q, (q) => q.where((eb) => eb.or([eb('tasks.title', 'like', likePattern(f.q!)), eb('tasks.code', 'like', likePattern(f.q!))])))
    .$if(!!f.mine && actor.orgPath !== null, (q) => q.where('lead.path', 'like', `${actor.orgPath}%`));
  return qb.orderBy('workPoints.areaId').orderBy('tasks.code').execute();
}
export type TaskRow = Awaited<ReturnType<typeof tasks>>[number];

// Children of a year's tasks (or of one task), loaded by a join rather than a list of ids, so a
// city-scale year never exceeds a dialect's bound-parameter limit.
type Sel = { year: number } | { taskId: number };

export function milestonesOf(db: Executor, sel: Sel) {
  return db.selectFrom('milestones').innerJoin('tasks', 'tasks.id', 'milestones.taskId').selectAll('milestones')
    .$if('year' in sel, (q) => q.where('tasks.year', '=', (sel as { year: number }).year))
    .$if('taskId' in sel, (q) => q.where('tasks.id', '=', (sel as { taskId: number }).taskId))
    .orderBy('milestones.plannedDate').execute();
}

/** Reports of a year's tasks, or of one task. `approvedOnly` for status computation of big lists. */
export function reportsOf(db: Executor, sel: Sel) {
  return db.selectFrom('progressReports').innerJoin('tasks', 'tasks.id', 'progressReports.taskId').selectAll('progressReports')
    .$if('year' in sel, (q) => q.where('tasks.year', '=', (sel as { year: number }).year))
    .$if('taskId' in sel, (q) => q.where('tasks.id', '=', (sel as { taskId: number }).taskId))
    .orderBy('progressReports.period').execute();
}

export function unitsOf(db: Executor, sel: Sel) {
  return db.selectFrom('taskUnits').innerJoin('tasks', 'tasks.id', 'taskUnits.taskId').innerJoin('orgUnits', 'orgUnits.id', 'taskUnits.orgId')
    .select(['taskUnits.taskId', 'taskUnits.orgId', 'taskUnits.role', 'orgUnits.name', 'orgUnits.path'])
    .$if('year' in sel, (q) => q.where('tasks.year', '=', (sel as { year: number }).year))
    .$if('taskId' in sel, (q) => q.where('tasks.id', '=', (sel as { taskId: number }).taskId))
    .execute();
}

export async function countTasks(db: Executor, year: number): Promise<number> {
  const r = await db.selectFrom('tasks').select(sql<number>`count(*)`.as('n')).where('year', '=', year).executeTakeFirstOrThrow();
  return Number(r.n);
}

export function openNoticesOf(db: Executor, year: number) {
  return db.selectFrom('supervisionNotices').innerJoin('tasks', 'tasks.id', 'supervisionNotices.taskId')
    .select(['supervisionNotices.taskId', 'supervisionNotices.level', 'supervisionNotices.replyDue']).where('tasks.year', '=', year).where('supervisionNotices.state', '=', 'open').execute();
}

/** Only what status needs, for whole-year evaluation: fewer columns is less row mapping on big years. */
/** What the assessment reads of a year's reports: no narratives (a city year holds hundreds of thousands of reports). */
export function reportFactsOf(db: Executor, year: number) {
  return db.selectFrom('progressReports').innerJoin('tasks', 'tasks.id', 'progressReports.taskId')
    .select(['progressReports.id', 'progressReports.taskId', 'progressReports.period', 'progressReports.state', 'progressReports.submittedAt', 'progressReports.returnReason',
      'progressReports.cumulativePct', 'progressReports.cumulativeValue'])
    .where('tasks.year', '=', year).orderBy('progressReports.period').execute();
}

export function reportStatesOf(db: Executor, year: number) {
  return db.selectFrom('progressReports').innerJoin('tasks', 'tasks.id', 'progressReports.taskId')
    .select(['progressReports.taskId', 'progressReports.period', 'progressReports.state', 'progressReports.cumulativePct', 'progressReports.cumulativeValue',
      'progressReports.submittedAt', 'progressReports.updatedAt'])
    .where('tasks.year', '=', year).orderBy('progressReports.period').execute();
}

export function milestoneDatesOf(db: Executor, year: number) {
  return db.selectFrom('milestones').innerJoin('tasks', 'tasks.id', 'milestones.taskId')
    .select(['milestones.taskId', 'milestones.plannedDate', 'milestones.plannedPct', 'milestones.doneDate'])
    .where('tasks.year', '=', year).orderBy('milestones.plannedDate').execute();
}
