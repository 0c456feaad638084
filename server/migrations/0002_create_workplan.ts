// Work plan and supervision (重点工作督办): plan years, areas, work points, tasks with their units and
// milestones, monthly progress reports, supervision notices, follows.
import type { Kysely } from 'kysely';
import { withId, withMeta } from './helpers.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await withMeta(
    withId(db, db.schema.createTable('plan_years'))
      .addColumn('year', 'integer', (c) => c.notNull().unique())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('status_rule_json', 'text', (c) => c.notNull())
      .addColumn('report_due_day', 'integer', (c) => c.notNull())
      .addColumn('status_date', 'text') // evaluate status as of this date instead of today (closed years, demo data)
      .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0)),
  ).execute();

  await withMeta(
    withId(db, db.schema.createTable('plan_areas'))
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('short_title', 'text', (c) => c.notNull())
      .addUniqueConstraint('plan_areas_year_seq', ['year', 'seq']),
  ).execute();

  await withMeta(
    withId(db, db.schema.createTable('work_points'))
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('area_id', 'integer', (c) => c.notNull().references('plan_areas.id'))
      .addColumn('seq', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addUniqueConstraint('work_points_year_seq', ['year', 'seq']),
  ).execute();

  await withMeta(
    withId(db, db.schema.createTable('tasks'))
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('work_point_id', 'integer', (c) => c.notNull().references('work_points.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('tags', 'text', (c) => c.notNull()) // JSON array
      .addColumn('lead_unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
      .addColumn('leader_name', 'text', (c) => c.notNull())
      .addColumn('start_date', 'text', (c) => c.notNull())
      .addColumn('due_date', 'text', (c) => c.notNull())
      .addColumn('target_metric', 'text')
      .addColumn('target_value', 'double precision')
      .addColumn('target_unit', 'text')
      .addColumn('target_direction', 'text')
      .addColumn('target_is_demo', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('weight', 'integer', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('closed_at', 'text'),
  ).execute();
  await db.schema.createIndex('tasks_year').on('tasks').columns(['year', 'work_point_id']).execute();
  await db.schema.createIndex('tasks_lead').on('tasks').column('lead_unit_id').execute();

  await db.schema
    .createTable('task_units')
    .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('org_id', 'integer', (c) => c.notNull().references('org_units.id'))
    .addColumn('role', 'text', (c) => c.notNull()) // 'lead' | 'co'
    .addPrimaryKeyConstraint('task_units_pk', ['task_id', 'org_id'])
    .execute();
  await db.schema.createIndex('task_units_org').on('task_units').column('org_id').execute();

  await withMeta(
    withId(db, db.schema.createTable('milestones'))
      .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('planned_date', 'text', (c) => c.notNull())
      .addColumn('planned_pct', 'double precision')
      .addColumn('deliverable', 'text', (c) => c.notNull())
      .addColumn('done_date', 'text'),
  ).execute();
  await db.schema.createIndex('milestones_task').on('milestones').column('task_id').execute();

  await withMeta(
    withId(db, db.schema.createTable('progress_reports'))
      .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
      .addColumn('cumulative_pct', 'double precision')
      .addColumn('cumulative_value', 'double precision')
      .addColumn('narrative', 'text', (c) => c.notNull())
      .addColumn('problems', 'text')
      .addColumn('needs_coordination', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('next_steps', 'text')
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('submitted_at', 'text')
      .addColumn('submitted_by', 'integer')
      .addColumn('reviewed_at', 'text')
      .addColumn('reviewed_by', 'integer')
      .addColumn('return_reason', 'text')
      .addUniqueConstraint('progress_reports_task_period', ['task_id', 'period']),
  ).execute();
  await db.schema.createIndex('progress_reports_state').on('progress_reports').columns(['state', 'period']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['progress_reports', 'milestones', 'task_units', 'tasks', 'work_points', 'plan_areas', 'plan_years']) await db.schema.dropTable(t).execute();
}
