// Queries of the economy module: indicators with their units, targets, values and vintages.
import type { Executor } from '../../platform/db.ts';

export function indicators(db: Executor, opts: { id?: number; activeOnly?: boolean } = {}) {
  return db.selectFrom('econIndicators as i')
    .innerJoin('orgUnits as src', 'src.id', 'i.sourceUnitId')
    .leftJoin('orgUnits as own', 'own.id', 'i.ownerUnitId')
    .selectAll('i')
    .select(['src.name as sourceUnitName', 'src.path as sourceUnitPath', 'own.name as ownerUnitName'])
    .$if(opts.id !== undefined, (q) => q.where('i.id', '=', opts.id!))
    .$if(!!opts.activeOnly, (q) => q.where('i.active', '=', 1))
    .orderBy('i.seq').orderBy('i.id')
    .execute();
}
export type IndicatorDbRow = Awaited<ReturnType<typeof indicators>>[number];

export function targets(db: Executor, year: number, indicatorId?: number) {
  return db.selectFrom('econTargets').selectAll().where('year', '=', year)
    .$if(indicatorId !== undefined, (q) => q.where('indicatorId', '=', indicatorId!)).execute();
}
export type TargetDbRow = Awaited<ReturnType<typeof targets>>[number];

/** Values of a set of years (all states unless `approvedOnly`), ordered by indicator and period. */
export function values(db: Executor, f: { years: number[]; indicatorId?: number; approvedOnly?: boolean; state?: string }) {
  return db.selectFrom('econValues').selectAll()
    .where('year', 'in', f.years)
    .$if(f.indicatorId !== undefined, (q) => q.where('indicatorId', '=', f.indicatorId!))
    .$if(!!f.approvedOnly, (q) => q.where('state', '=', 'approved'))
    .$if(f.state !== undefined, (q) => q.where('state', '=', f.state!))
    .orderBy('indicatorId').orderBy('period')
    .execute();
}
export type ValueDbRow = Awaited<ReturnType<typeof values>>[number];

export function valueById(db: Executor, id: number) {
  return db.selectFrom('econValues').selectAll().where('id', '=', id).executeTakeFirst();
}

export function valueAt(db: Executor, indicatorId: number, period: string) {
  return db.selectFrom('econValues').selectAll().where('indicatorId', '=', indicatorId).where('period', '=', period).executeTakeFirst();
}

export function vintages(db: Executor, indicatorId: number, year: number) {
  return db.selectFrom('econVintages').innerJoin('econValues', 'econValues.id', 'econVintages.valueId')
    .selectAll('econVintages').select('econValues.period')
    .where('econValues.indicatorId', '=', indicatorId).where('econValues.year', '=', year)
    .orderBy('econValues.period').orderBy('econVintages.id').execute();
}

export function unitExists(db: Executor, id: number) {
  return db.selectFrom('orgUnits').select('id').where('id', '=', id).executeTakeFirst();
}
