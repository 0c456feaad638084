// Energy saving (节能): energy reviews of fixed-asset investment projects (节能审查) with their events and
// expert opinions, key energy users (重点用能单位) with their yearly consumption and output, and the
// target-responsibility assessment (节能目标责任考核): yearly targets per town or key user and their
// quarterly figures. Thresholds, yearly factors and benchmarks live in `settings` (key energy.settings).
// Rural-revitalisation and agriculture projects use the projects table's existing tags (乡村振兴, 农业).
import type { Kysely } from 'kysely';
import { withId, withMeta } from './helpers.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await withMeta(
    withId(db, db.schema.createTable('energy_reviews'))
      .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id'))
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('applicant', 'text', (c) => c.notNull())
      .addColumn('submitted_on', 'text', (c) => c.notNull())
      .addColumn('lines_json', 'text', (c) => c.notNull())
      .addColumn('tce_dl', 'double precision', (c) => c.notNull())
      .addColumn('tce_dj', 'double precision', (c) => c.notNull())
      .addColumn('electricity_kwh', 'double precision', (c) => c.notNull())
      .addColumn('exempt_industry', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('classified', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('over_threshold', 'integer', (c) => c.notNull())
      .addColumn('requires_review', 'integer', (c) => c.notNull())
      .addColumn('authority', 'text', (c) => c.notNull())
      .addColumn('stage', 'text', (c) => c.notNull())
      .addColumn('due_on', 'text')
      .addColumn('accepted_on', 'text')
      .addColumn('opinion', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('conditions', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('opinion_no', 'text')
      .addColumn('opinion_date', 'text')
      .addColumn('return_reason', 'text')
      .addColumn('acceptance_json', 'text')
      .addColumn('verified_on', 'text')
      .addColumn('actual_tce', 'double precision')
      .addColumn('deviation_pct', 'double precision')
      .addColumn('acceptance_passed', 'integer')
      .addColumn('note', 'text', (c) => c.notNull().defaultTo('')),
  ).execute();
  await db.schema.createIndex('energy_reviews_project').on('energy_reviews').column('project_id').execute();
  await db.schema.createIndex('energy_reviews_stage').on('energy_reviews').columns(['stage', 'due_on']).execute();
  await withId(db, db.schema.createTable('energy_review_events'))
    .addColumn('review_id', 'integer', (c) => c.notNull().references('energy_reviews.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('by_name', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_stage', 'text')
    .addColumn('to_stage', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('energy_review_events_review').on('energy_review_events').column('review_id').execute();
  await withId(db, db.schema.createTable('energy_expert_opinions'))
    .addColumn('review_id', 'integer', (c) => c.notNull().references('energy_reviews.id').onDelete('cascade'))
    .addColumn('expert', 'text', (c) => c.notNull())
    .addColumn('org', 'text', (c) => c.notNull())
    .addColumn('conclusion', 'text', (c) => c.notNull())
    .addColumn('opinion', 'text', (c) => c.notNull())
    .addColumn('given_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .execute();
  await withMeta(
    withId(db, db.schema.createTable('energy_key_users'))
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('industry', 'text', (c) => c.notNull())
      .addColumn('town_id', 'integer', (c) => c.references('org_units.id'))
      .addColumn('level', 'text', (c) => c.notNull())
      .addColumn('contact', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0)),
  ).execute();
  await db.schema.createTable('energy_key_user_years')
    .addColumn('key_user_id', 'integer', (c) => c.notNull().references('energy_key_users.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('energy_tce', 'double precision', (c) => c.notNull())
    .addColumn('output', 'double precision', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('energy_key_user_years_pk', ['key_user_id', 'year'])
    .execute();
  await withMeta(
    withId(db, db.schema.createTable('energy_targets'))
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('assessee', 'text', (c) => c.notNull()) // 'org:<id>' | 'key:<id>' — one target per assessee and year
      .addColumn('org_id', 'integer', (c) => c.references('org_units.id'))
      .addColumn('key_user_id', 'integer', (c) => c.references('energy_key_users.id'))
      .addColumn('target_drop_pct', 'double precision', (c) => c.notNull())
      .addColumn('cap_tce', 'double precision', (c) => c.notNull())
      .addColumn('base_tce', 'double precision', (c) => c.notNull())
      .addColumn('base_output', 'double precision', (c) => c.notNull())
      .addColumn('tasks_json', 'text', (c) => c.notNull())
      .addColumn('deduction', 'double precision', (c) => c.notNull().defaultTo(0))
      .addColumn('deduction_note', 'text', (c) => c.notNull().defaultTo(''))
      .addUniqueConstraint('energy_targets_key', ['year', 'assessee']),
  ).execute();
  await db.schema.createTable('energy_quarters')
    .addColumn('target_id', 'integer', (c) => c.notNull().references('energy_targets.id').onDelete('cascade'))
    .addColumn('quarter', 'text', (c) => c.notNull())
    .addColumn('energy_tce', 'double precision', (c) => c.notNull())
    .addColumn('output', 'double precision', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('reported_by', 'integer')
    .addColumn('reported_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('energy_quarters_pk', ['target_id', 'quarter'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['energy_quarters', 'energy_targets', 'energy_key_user_years', 'energy_key_users', 'energy_expert_opinions', 'energy_review_events', 'energy_reviews']) {
    await db.schema.dropTable(t).execute();
  }
}
