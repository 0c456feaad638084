// The status a task was last announced with, so followers are told when it changes (and only then);
// attachments of monthly reports.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('tasks').addColumn('last_status', 'text').execute();
  // Attachments of a monthly report (photos, documents), as a JSON array of attachment ids.
  await db.schema.alterTable('progress_reports').addColumn('attachment_ids', 'text', (c) => c.notNull().defaultTo('[]')).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('progress_reports').dropColumn('attachment_ids').execute();
  await db.schema.alterTable('tasks').dropColumn('last_status').execute();
}
