// A counter bumped by every write that changes a plan year's tasks, reports, milestones or notices, so
// each node can cache the year's computed status and know, with one read, when the cache is stale.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('plan_years').addColumn('data_version', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('plan_years').dropColumn('data_version').execute();
}
