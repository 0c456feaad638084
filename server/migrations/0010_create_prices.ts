// Price work (价格工作): the commodity catalogue with alert thresholds and index weights, monitoring points and
// their collectors, holiday/emergency windows, daily quotes with review, alerts, the government-priced items
// the district administers with their history, and price-certification cases with their events.
import type { Kysely } from 'kysely';
import { withId, withMeta } from './helpers.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await withMeta(
    withId(db, db.schema.createTable('price_commodities'))
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('spec', 'text', (c) => c.notNull())
      .addColumn('unit', 'text', (c) => c.notNull())
      .addColumn('group_name', 'text', (c) => c.notNull())
      .addColumn('weight', 'double precision', (c) => c.notNull())
      .addColumn('rise_pct', 'double precision', (c) => c.notNull())
      .addColumn('fall_pct', 'double precision', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1)),
  ).execute();
  await withMeta(
    withId(db, db.schema.createTable('price_points'))
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('town_id', 'integer', (c) => c.references('org_units.id'))
      .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1)),
  ).execute();
  await db.schema.createTable('price_point_collectors')
    .addColumn('point_id', 'integer', (c) => c.notNull().references('price_points.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addPrimaryKeyConstraint('price_point_collectors_pk', ['point_id', 'user_id'])
    .execute();
  await withMeta(
    withId(db, db.schema.createTable('price_windows'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('start_date', 'text', (c) => c.notNull())
      .addColumn('end_date', 'text', (c) => c.notNull()),
  ).execute();
  await withId(db, db.schema.createTable('price_quotes'))
    .addColumn('point_id', 'integer', (c) => c.notNull().references('price_points.id'))
    .addColumn('commodity_id', 'integer', (c) => c.notNull().references('price_commodities.id'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('price', 'double precision', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('state', 'text', (c) => c.notNull()) // submitted | approved
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('collector_id', 'integer')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('price_quotes_key', ['point_id', 'commodity_id', 'date'])
    .execute();
  await db.schema.createIndex('price_quotes_date').on('price_quotes').columns(['date', 'commodity_id']).execute();
  await db.schema.createIndex('price_quotes_commodity').on('price_quotes').columns(['commodity_id', 'date']).execute();
  await withId(db, db.schema.createTable('price_alerts'))
    .addColumn('commodity_id', 'integer', (c) => c.notNull().references('price_commodities.id'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()) // rule | statistical
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // open | closed
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('price_alerts_key', ['commodity_id', 'date', 'kind'])
    .execute();
  await withMeta(
    withId(db, db.schema.createTable('price_items'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('form', 'text', (c) => c.notNull())
      .addColumn('current_price', 'double precision', (c) => c.notNull())
      .addColumn('unit', 'text', (c) => c.notNull())
      .addColumn('basis_doc', 'text', (c) => c.notNull())
      .addColumn('effective_from', 'text', (c) => c.notNull())
      .addColumn('review_due', 'text', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull().defaultTo('')),
  ).execute();
  await withMeta(
    withId(db, db.schema.createTable('cert_cases'))
      .addColumn('case_no', 'text', (c) => c.notNull().unique())
      .addColumn('requester_org', 'text', (c) => c.notNull())
      .addColumn('requester_type', 'text', (c) => c.notNull())
      .addColumn('received_on', 'text', (c) => c.notNull())
      .addColumn('accepted_on', 'text')
      .addColumn('base_date', 'text', (c) => c.notNull())
      .addColumn('items_json', 'text', (c) => c.notNull())
      .addColumn('certifiers', 'text', (c) => c.notNull())
      .addColumn('stage', 'text', (c) => c.notNull())
      .addColumn('due_on', 'text')
      .addColumn('method', 'text')
      .addColumn('result_yuan', 'double precision')
      .addColumn('concluded_on', 'text')
      .addColumn('delivered_on', 'text'),
  ).execute();
  await withId(db, db.schema.createTable('cert_case_events'))
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cert_cases.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('by_name', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['cert_case_events', 'cert_cases', 'price_items', 'price_alerts', 'price_quotes', 'price_windows', 'price_point_collectors', 'price_points', 'price_commodities']) await db.schema.dropTable(t).execute();
}
