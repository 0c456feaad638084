// Livelihood (民生): the yearly 七有五性 indicator system (dimensions, indicators with weights), the values
// of this district (from member units) and of the city's other districts, weak indicators turned into
// work-plan tasks, livelihood projects linked to the project library; the 疏整促 plan (task types,
// per-town targets, monthly town reports, publicity); population control (district cap, per-town split,
// quarterly figures).
import type { Kysely } from 'kysely';
import { withId, withMeta } from './helpers.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await withMeta(
    withId(db, db.schema.createTable('live_systems'))
      .addColumn('year', 'integer', (c) => c.notNull().unique())
      .addColumn('normalisation', 'text', (c) => c.notNull())
      .addColumn('aggregation', 'text', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull().defaultTo('')),
  ).execute();
  await withMeta(
    withId(db, db.schema.createTable('live_dimensions'))
      .addColumn('system_id', 'integer', (c) => c.notNull().references('live_systems.id').onDelete('cascade'))
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('group_name', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('weight', 'double precision', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addUniqueConstraint('live_dimensions_key', ['system_id', 'code']),
  ).execute();
  await withMeta(
    withId(db, db.schema.createTable('live_indicators'))
      .addColumn('system_id', 'integer', (c) => c.notNull().references('live_systems.id').onDelete('cascade'))
      .addColumn('dimension_id', 'integer', (c) => c.notNull().references('live_dimensions.id').onDelete('cascade'))
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('unit', 'text', (c) => c.notNull())
      .addColumn('direction', 'text', (c) => c.notNull())
      .addColumn('source_unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
      .addColumn('weight', 'double precision', (c) => c.notNull())
      .addColumn('min_valid', 'double precision')
      .addColumn('max_valid', 'double precision')
      .addColumn('target', 'double precision')
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addUniqueConstraint('live_indicators_key', ['system_id', 'code']),
  ).execute();
  await withMeta(
    withId(db, db.schema.createTable('live_values'))
      .addColumn('indicator_id', 'integer', (c) => c.notNull().references('live_indicators.id').onDelete('cascade'))
      .addColumn('quarter', 'integer', (c) => c.notNull()) // 0 = the year
      .addColumn('district', 'text', (c) => c.notNull())
      .addColumn('value', 'double precision', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('state', 'text', (c) => c.notNull()) // submitted | approved | returned
      .addColumn('source', 'text', (c) => c.notNull()) // manual | import
      .addColumn('review_note', 'text', (c) => c.notNull().defaultTo(''))
      .addUniqueConstraint('live_values_key', ['indicator_id', 'quarter', 'district']),
  ).execute();
  await db.schema.createTable('live_weak_tasks')
    .addColumn('indicator_id', 'integer', (c) => c.notNull().primaryKey().references('live_indicators.id').onDelete('cascade'))
    .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await withMeta(
    withId(db, db.schema.createTable('live_projects'))
      .addColumn('project_id', 'integer', (c) => c.notNull().unique().references('projects.id'))
      .addColumn('dimension_code', 'text', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull().defaultTo('')),
  ).execute();

  await withMeta(
    withId(db, db.schema.createTable('szc_task_types'))
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('group_name', 'text', (c) => c.notNull())
      .addColumn('unit', 'text', (c) => c.notNull())
      .addColumn('lead_unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addUniqueConstraint('szc_task_types_key', ['year', 'code']),
  ).execute();
  await db.schema.createTable('szc_targets')
    .addColumn('type_id', 'integer', (c) => c.notNull().references('szc_task_types.id').onDelete('cascade'))
    .addColumn('town_id', 'integer', (c) => c.notNull().references('org_units.id'))
    .addColumn('target', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('szc_targets_pk', ['type_id', 'town_id'])
    .execute();
  await withMeta(
    withId(db, db.schema.createTable('szc_reports'))
      .addColumn('type_id', 'integer', (c) => c.notNull().references('szc_task_types.id').onDelete('cascade'))
      .addColumn('town_id', 'integer', (c) => c.notNull().references('org_units.id'))
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('cum_actual', 'double precision', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('correction', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('review_note', 'text', (c) => c.notNull().defaultTo(''))
      .addUniqueConstraint('szc_reports_key', ['type_id', 'town_id', 'period']),
  ).execute();
  await withMeta(
    withId(db, db.schema.createTable('szc_publicity'))
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('town_id', 'integer', (c) => c.references('org_units.id'))
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('outlet', 'text', (c) => c.notNull())
      .addColumn('level', 'text', (c) => c.notNull()),
  ).execute();

  await withMeta(
    withId(db, db.schema.createTable('pop_plans'))
      .addColumn('year', 'integer', (c) => c.notNull().unique())
      .addColumn('district_cap', 'integer', (c) => c.notNull())
      .addColumn('baseline', 'integer', (c) => c.notNull()),
  ).execute();
  await db.schema.createTable('pop_town_targets')
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('pop_plans.id').onDelete('cascade'))
    .addColumn('town_id', 'integer', (c) => c.notNull().references('org_units.id'))
    .addColumn('cap', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('pop_town_targets_pk', ['plan_id', 'town_id'])
    .execute();
  await withMeta(
    withId(db, db.schema.createTable('pop_figures'))
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('quarter', 'integer', (c) => c.notNull())
      .addColumn('town_id', 'integer', (c) => c.notNull().references('org_units.id'))
      .addColumn('value', 'integer', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('review_note', 'text', (c) => c.notNull().defaultTo(''))
      .addUniqueConstraint('pop_figures_key', ['year', 'quarter', 'town_id']),
  ).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['pop_figures', 'pop_town_targets', 'pop_plans', 'szc_publicity', 'szc_reports', 'szc_targets', 'szc_task_types', 'live_projects', 'live_weak_tasks', 'live_values', 'live_indicators', 'live_dimensions', 'live_systems']) await db.schema.dropTable(t).execute();
}
