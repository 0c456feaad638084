// Major projects (重大项目): the project library with lifecycle milestones, monthly investment reports,
// funding applications, the engineering-research-centre reserve with its status history, the shared
// problem ledger with its events, and joint meetings / consultations with agenda, decisions and opinions.
import type { Kysely } from 'kysely';
import { withId, withMeta } from './helpers.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await withMeta(
    withId(db, db.schema.createTable('projects'))
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('nature', 'text', (c) => c.notNull())
      .addColumn('sector', 'text', (c) => c.notNull())
      .addColumn('tags', 'text', (c) => c.notNull()) // JSON array
      .addColumn('town_id', 'integer', (c) => c.references('org_units.id'))
      .addColumn('owner_name', 'text', (c) => c.notNull())
      .addColumn('responsible_unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
      .addColumn('leader_name', 'text', (c) => c.notNull())
      .addColumn('total_investment', 'double precision', (c) => c.notNull())
      .addColumn('completed_before', 'double precision', (c) => c.notNull().defaultTo(0))
      .addColumn('plan_construction', 'double precision', (c) => c.notNull().defaultTo(0))
      .addColumn('plan_equipment', 'double precision', (c) => c.notNull().defaultTo(0))
      .addColumn('plan_other', 'double precision', (c) => c.notNull().defaultTo(0))
      .addColumn('stats_registered', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0)),
  ).execute();
  await db.schema.createIndex('projects_year').on('projects').columns(['year', 'category']).execute();
  await db.schema.createIndex('projects_unit').on('projects').column('responsible_unit_id').execute();

  await db.schema.createTable('project_milestones')
    .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('planned_date', 'text')
    .addColumn('actual_date', 'text')
    .addColumn('doc_no', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('project_milestones_pk', ['project_id', 'step'])
    .execute();

  await withMeta(
    withId(db, db.schema.createTable('investment_reports'))
      .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('month_total', 'double precision', (c) => c.notNull())
      .addColumn('construction', 'double precision', (c) => c.notNull())
      .addColumn('equipment', 'double precision', (c) => c.notNull())
      .addColumn('other', 'double precision', (c) => c.notNull())
      .addColumn('physical_progress', 'text', (c) => c.notNull())
      .addColumn('physical_quantity', 'double precision')
      .addColumn('physical_unit', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('explanation', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('submitted_at', 'text')
      .addColumn('submitted_by', 'integer')
      .addColumn('reviewed_at', 'text')
      .addColumn('reviewed_by', 'integer')
      .addColumn('return_reason', 'text')
      .addUniqueConstraint('investment_reports_project_period', ['project_id', 'period']),
  ).execute();
  await db.schema.createIndex('investment_reports_year').on('investment_reports').columns(['year', 'state']).execute();

  await withMeta(
    withId(db, db.schema.createTable('funding_applications'))
      .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
      .addColumn('fund_type', 'text', (c) => c.notNull())
      .addColumn('batch', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('amount_requested', 'double precision', (c) => c.notNull())
      .addColumn('stage', 'text', (c) => c.notNull())
      .addColumn('amount_granted', 'double precision')
      .addColumn('note', 'text', (c) => c.notNull().defaultTo('')),
  ).execute();

  await withMeta(
    withId(db, db.schema.createTable('research_centres'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('host_org', 'text', (c) => c.notNull())
      .addColumn('field', 'text', (c) => c.notNull())
      .addColumn('target_level', 'text', (c) => c.notNull())
      .addColumn('rd_spend', 'double precision', (c) => c.notNull().defaultTo(0))
      .addColumn('team_size', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('readiness', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('last_reviewed', 'text')
      .addColumn('note', 'text', (c) => c.notNull().defaultTo('')),
  ).execute();
  await withId(db, db.schema.createTable('research_centre_events'))
    .addColumn('centre_id', 'integer', (c) => c.notNull().references('research_centres.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('by_name', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .execute();

  await withMeta(
    withId(db, db.schema.createTable('problems'))
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('ref_id', 'integer')
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('raised_by_unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
      .addColumn('owner_unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
      .addColumn('raised_at', 'text', (c) => c.notNull())
      .addColumn('due_date', 'text', (c) => c.notNull())
      .addColumn('severity', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('resolved_at', 'text')
      .addColumn('escalated_to', 'text'),
  ).execute();
  await db.schema.createIndex('problems_ref').on('problems').columns(['source', 'ref_id']).execute();
  await withId(db, db.schema.createTable('problem_events'))
    .addColumn('problem_id', 'integer', (c) => c.notNull().references('problems.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('by_name', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .execute();

  await withMeta(
    withId(db, db.schema.createTable('meetings'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('meeting_date', 'text', (c) => c.notNull())
      .addColumn('location', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('chair_name', 'text', (c) => c.notNull())
      .addColumn('unit_ids', 'text', (c) => c.notNull()) // JSON array of invited org units
      .addColumn('opinion_due', 'text')
      .addColumn('status', 'text', (c) => c.notNull()) // planned | held
      .addColumn('minutes_no', 'text')
      .addColumn('summary', 'text', (c) => c.notNull().defaultTo('')),
  ).execute();
  await db.schema.createTable('meeting_items')
    .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('problem_id', 'integer', (c) => c.notNull().references('problems.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('discussion', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('meeting_items_pk', ['meeting_id', 'problem_id'])
    .execute();
  await withMeta(
    withId(db, db.schema.createTable('meeting_decisions'))
      .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
      .addColumn('problem_id', 'integer', (c) => c.references('problems.id'))
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('lead_unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
      .addColumn('co_unit_ids', 'text', (c) => c.notNull())
      .addColumn('deadline', 'text', (c) => c.notNull())
      .addColumn('task_id', 'integer', (c) => c.references('tasks.id')),
  ).execute();
  await db.schema.createTable('meeting_opinions')
    .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
    .addColumn('opinion', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'integer')
    .addPrimaryKeyConstraint('meeting_opinions_pk', ['meeting_id', 'unit_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['meeting_opinions', 'meeting_decisions', 'meeting_items', 'meetings', 'problem_events', 'problems', 'research_centre_events', 'research_centres', 'funding_applications', 'investment_reports', 'project_milestones', 'projects']) {
    await db.schema.dropTable(t).execute();
  }
}
