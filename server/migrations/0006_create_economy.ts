// Economic monitoring (经济运行监测) and the Five-Year-Plan evaluation (规划评估): the indicator catalogue,
// yearly targets with threshold lines and quarterly phasing, values per period with their review state,
// every value's vintages (first report and each revision), and the plan's indicator table, actuals and tasks.
import type { Kysely } from 'kysely';
import { withId, withMeta } from './helpers.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await withMeta(
    withId(db, db.schema.createTable('econ_indicators'))
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('unit', 'text', (c) => c.notNull())
      .addColumn('freq', 'text', (c) => c.notNull()) // 'M' | 'Q'
      .addColumn('kind', 'text', (c) => c.notNull()) // 'flow' | 'stock' | 'rate'
      .addColumn('jan_feb_merged', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('growth_basis', 'text', (c) => c.notNull())
      .addColumn('source_unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
      .addColumn('owner_unit_id', 'integer', (c) => c.references('org_units.id'))
      .addColumn('parent_id', 'integer', (c) => c.references('econ_indicators.id'))
      .addColumn('seq', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0)),
  ).execute();

  await withMeta(
    withId(db, db.schema.createTable('econ_targets'))
      .addColumn('indicator_id', 'integer', (c) => c.notNull().references('econ_indicators.id'))
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('growth_pct', 'double precision')
      .addColumn('level', 'double precision')
      .addColumn('base_value', 'double precision')
      .addColumn('qualifier', 'text', (c) => c.notNull())
      .addColumn('floor_pct', 'double precision')
      .addColumn('excellent_pct', 'double precision')
      .addColumn('phasing_json', 'text') // [q1, q2, q3, q4] cumulative growth targets, or null
      .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
      .addUniqueConstraint('econ_targets_indicator_year', ['indicator_id', 'year']),
  ).execute();

  await withMeta(
    withId(db, db.schema.createTable('econ_values'))
      .addColumn('indicator_id', 'integer', (c) => c.notNull().references('econ_indicators.id'))
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('cum_value', 'double precision')
      .addColumn('prev_cum_value', 'double precision')
      .addColumn('yoy_pct', 'double precision')
      .addColumn('city_yoy_pct', 'double precision')
      .addColumn('city_rank', 'integer')
      .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('submitted_at', 'text')
      .addColumn('submitted_by', 'integer')
      .addColumn('reviewed_at', 'text')
      .addColumn('reviewed_by', 'integer')
      .addColumn('return_reason', 'text')
      .addColumn('revision_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addUniqueConstraint('econ_values_indicator_period', ['indicator_id', 'period']),
  ).execute();
  await db.schema.createIndex('econ_values_year_state').on('econ_values').columns(['year', 'state']).execute();

  await withId(db, db.schema.createTable('econ_vintages'))
    .addColumn('value_id', 'integer', (c) => c.notNull().references('econ_values.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull()) // 'first' (as first approved) | 'revision'
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('by_user_id', 'integer')
    .addColumn('by_name', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('econ_vintages_value').on('econ_vintages').column('value_id').execute();

  await withMeta(
    withId(db, db.schema.createTable('fyp_indicators'))
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('group_name', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('unit', 'text', (c) => c.notNull())
      .addColumn('form', 'text', (c) => c.notNull())
      .addColumn('attribute', 'text', (c) => c.notNull())
      .addColumn('base_value', 'double precision')
      .addColumn('target_value', 'double precision')
      .addColumn('target_rate_pct', 'double precision')
      .addColumn('chain_rates', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('lead_unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
      .addColumn('seq', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('override_rating', 'text')
      .addColumn('override_reason', 'text', (c) => c.notNull().defaultTo('')),
  ).execute();

  await withMeta(
    withId(db, db.schema.createTable('fyp_actuals'))
      .addColumn('fyp_indicator_id', 'integer', (c) => c.notNull().references('fyp_indicators.id').onDelete('cascade'))
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('value', 'double precision')
      .addColumn('rate_pct', 'double precision')
      .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
      .addUniqueConstraint('fyp_actuals_indicator_year', ['fyp_indicator_id', 'year']),
  ).execute();

  await withMeta(
    withId(db, db.schema.createTable('fyp_tasks'))
      .addColumn('chapter', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('lead_unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
      .addColumn('end_state', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('plan_task_id', 'integer', (c) => c.references('tasks.id'))
      .addColumn('status', 'text'),
  ).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['fyp_tasks', 'fyp_actuals', 'fyp_indicators', 'econ_vintages', 'econ_values', 'econ_targets', 'econ_indicators']) await db.schema.dropTable(t).execute();
}
