// Enterprise services (服务包与营商环境): the roster with stewards and service packages, yearly tax
// contributions, the visit rule per year, visits, demands with their event trail, investment leads,
// business-environment evaluation results, the policy library and enterprises' applications under it.
import type { Kysely } from 'kysely';
import { withId, withMeta } from './helpers.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await withMeta(
    withId(db, db.schema.createTable('enterprises'))
      .addColumn('uscc', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('industry', 'text', (c) => c.notNull())
      .addColumn('size', 'text', (c) => c.notNull())
      .addColumn('zone', 'text', (c) => c.notNull())
      .addColumn('town_id', 'integer', (c) => c.references('org_units.id'))
      .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('contact_name', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('contact_phone_enc', 'text') // sealed like users' phones
      .addColumn('steward_user_id', 'integer', (c) => c.references('users.id'))
      .addColumn('list_year', 'integer', (c) => c.notNull())
      .addColumn('listed', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('service_package', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('private_notes', 'text', (c) => c.notNull().defaultTo('')) // the steward's own: not shown to other stewards
      .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0)),
  ).execute();
  await db.schema.createIndex('enterprises_steward').on('enterprises').column('steward_user_id').execute();
  await db.schema.createTable('enterprise_taxes')
    .addColumn('enterprise_id', 'integer', (c) => c.notNull().references('enterprises.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('amount', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('enterprise_taxes_pk', ['enterprise_id', 'year'])
    .execute();
  await db.schema.createTable('visit_rules')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('min_visits', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await withId(db, db.schema.createTable('visits'))
    .addColumn('enterprise_id', 'integer', (c) => c.notNull().references('enterprises.id').onDelete('cascade'))
    .addColumn('visited_on', 'text', (c) => c.notNull())
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('visitors', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('visits_enterprise').on('visits').columns(['enterprise_id', 'visited_on']).execute();
  await withMeta(
    withId(db, db.schema.createTable('demands'))
      .addColumn('enterprise_id', 'integer', (c) => c.notNull().references('enterprises.id').onDelete('cascade'))
      .addColumn('visit_id', 'integer', (c) => c.references('visits.id'))
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('received_on', 'text', (c) => c.notNull())
      .addColumn('due_on', 'text', (c) => c.notNull())
      .addColumn('handler_unit_id', 'integer', (c) => c.references('org_units.id'))
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('reply', 'text')
      .addColumn('satisfaction', 'text')
      .addColumn('closed_on', 'text')
      .addColumn('reopen_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('problem_id', 'integer', (c) => c.references('problems.id')),
  ).execute();
  await db.schema.createIndex('demands_state').on('demands').columns(['state', 'due_on']).execute();
  await db.schema.createIndex('demands_enterprise').on('demands').column('enterprise_id').execute();
  await withId(db, db.schema.createTable('demand_events'))
    .addColumn('demand_id', 'integer', (c) => c.notNull().references('demands.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('by_name', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_state', 'text')
    .addColumn('to_state', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .execute();
  await withMeta(
    withId(db, db.schema.createTable('investment_leads'))
      .addColumn('referrer_enterprise_id', 'integer', (c) => c.references('enterprises.id'))
      .addColumn('target', 'text', (c) => c.notNull())
      .addColumn('industry', 'text', (c) => c.notNull())
      .addColumn('zone', 'text', (c) => c.notNull())
      .addColumn('stage', 'text', (c) => c.notNull())
      .addColumn('expected_invest', 'double precision', (c) => c.notNull())
      .addColumn('owner_name', 'text', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull()),
  ).execute();
  await withMeta(
    withId(db, db.schema.createTable('eval_results'))
      .addColumn('scheme', 'text', (c) => c.notNull())
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('indicator', 'text', (c) => c.notNull())
      .addColumn('score', 'double precision')
      .addColumn('rank', 'integer')
      .addColumn('rank_of', 'integer')
      .addUniqueConstraint('eval_results_key', ['scheme', 'year', 'indicator']),
  ).execute();
  await withMeta(
    withId(db, db.schema.createTable('policies'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('doc_no', 'text', (c) => c.notNull())
      .addColumn('issuer', 'text', (c) => c.notNull())
      .addColumn('level', 'text', (c) => c.notNull())
      .addColumn('issued_on', 'text', (c) => c.notNull())
      .addColumn('industries', 'text', (c) => c.notNull())
      .addColumn('summary', 'text', (c) => c.notNull())
      .addColumn('interpretation', 'text', (c) => c.notNull())
      .addColumn('window_open', 'text')
      .addColumn('window_close', 'text'),
  ).execute();
  await withMeta(
    withId(db, db.schema.createTable('policy_applications'))
      .addColumn('enterprise_id', 'integer', (c) => c.notNull().references('enterprises.id').onDelete('cascade'))
      .addColumn('policy_id', 'integer', (c) => c.notNull().references('policies.id'))
      .addColumn('project', 'text', (c) => c.notNull())
      .addColumn('amount_requested', 'double precision', (c) => c.notNull())
      .addColumn('stage', 'text', (c) => c.notNull())
      .addColumn('amount_granted', 'double precision'),
  ).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['policy_applications', 'policies', 'eval_results', 'investment_leads', 'demand_events', 'demands', 'visits', 'visit_rules', 'enterprise_taxes', 'enterprises']) {
    await db.schema.dropTable(t).execute();
  }
}
