// Queries of projects, their milestones and investment reports, and the problem counts on them.
import type { Executor } from '../../platform/db.ts';
import type { Actor } from '../../platform/access.ts';
import { scopeProjects } from './projects.policy.ts';

export async function projects(db: Executor, actor: Actor, f: { year?: number; id?: number }) {
  let q = db.selectFrom('projects as p')
    .innerJoin('orgUnits as ru', 'ru.id', 'p.responsibleUnitId')
    .leftJoin('orgUnits as town', 'town.id', 'p.townId')
    .selectAll('p')
    .select(['ru.name as responsibleUnitName', 'ru.path as responsibleUnitPath', 'town.name as townName'])
    .$if(f.year !== undefined, (qb) => qb.where('p.year', '=', f.year!))
    .$if(f.id !== undefined, (qb) => qb.where('p.id', '=', f.id!))
    .orderBy('p.id');
  q = scopeProjects(actor, q);
  return q.execute();
}
export type ProjectRow = Awaited<ReturnType<typeof projects>>[number];

export function milestonesOf(db: Executor, projectId: number) {
  return db.selectFrom('projectMilestones').selectAll().where('projectId', '=', projectId).orderBy('seq').execute();
}
export function milestonesOfYear(db: Executor, year: number) {
  return db.selectFrom('projectMilestones').innerJoin('projects', 'projects.id', 'projectMilestones.projectId').selectAll('projectMilestones').where('projects.year', '=', year).orderBy('projectMilestones.seq').execute();
}
export type MilestoneRow = Awaited<ReturnType<typeof milestonesOf>>[number];

export function reportsOf(db: Executor, projectId: number) {
  return db.selectFrom('investmentReports').selectAll().where('projectId', '=', projectId).orderBy('period').execute();
}
export function reportsOfYear(db: Executor, year: number) {
  return db.selectFrom('investmentReports').selectAll().where('year', '=', year).orderBy('period').execute();
}
export type ReportRow = Awaited<ReturnType<typeof reportsOf>>[number];

const openStatuses = ['open', 'scheduled', 'decided', 'escalated'];

export function openProblemCounts(db: Executor) {
  return db.selectFrom('problems').select(['refId']).select((eb) => eb.fn.countAll<number>().as('n'))
    .where('source', '=', 'project').where('status', 'in', openStatuses).groupBy('refId').execute();
}

export function openProblemsBySector(db: Executor, year: number) {
  return db.selectFrom('problems').innerJoin('projects', 'projects.id', 'problems.refId')
    .select(['problems.id', 'problems.refId', 'problems.type', 'problems.title', 'problems.dueDate', 'projects.sector', 'projects.name as projectName'])
    .where('problems.source', '=', 'project').where('problems.status', 'in', openStatuses).where('projects.year', '=', year).execute();
}
