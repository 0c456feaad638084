// Supervision (督办), closing (销号), party-building study records, follows, notifications, attachments.
import type { Kysely } from 'kysely';
import { withId, withMeta } from './helpers.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Per-year rules: when notices are issued automatically, and the assessment scheme.
  await db.schema.alterTable('plan_years').addColumn('supervision_rule_json', 'text', (c) => c.notNull().defaultTo('{}')).execute();
  await db.schema.alterTable('plan_years').addColumn('assessment_json', 'text', (c) => c.notNull().defaultTo('{}')).execute();
  await withMeta(
    withId(db, db.schema.createTable('supervision_notices'))
      .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
      .addColumn('level', 'text', (c) => c.notNull()) // 一般 | 重点 | 挂牌
      .addColumn('trigger', 'text', (c) => c.notNull()) // manual | missing_report | red_status | escalated
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('requirement', 'text', (c) => c.notNull())
      .addColumn('reply_due', 'text', (c) => c.notNull())
      .addColumn('issued_by', 'integer')
      .addColumn('issued_at', 'text', (c) => c.notNull())
      .addColumn('reply', 'text')
      .addColumn('replied_at', 'text')
      .addColumn('replied_by', 'integer')
      .addColumn('state', 'text', (c) => c.notNull()) // open | replied | escalated | closed
      .addColumn('escalated_to', 'integer'),
  ).execute();
  await db.schema.createIndex('supervision_task').on('supervision_notices').columns(['task_id', 'state']).execute();

  await withMeta(
    withId(db, db.schema.createTable('close_requests'))
      .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
      .addColumn('evidence', 'text', (c) => c.notNull()) // what proves completion: document number, acceptance, statistics
      .addColumn('attachment_ids', 'text', (c) => c.notNull()) // JSON array
      .addColumn('requested_by', 'integer')
      .addColumn('requested_at', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull()) // requested | approved | rejected
      .addColumn('decided_by', 'integer')
      .addColumn('decided_at', 'text')
      .addColumn('reason', 'text'),
  ).execute();

  await withMeta(
    withId(db, db.schema.createTable('study_sessions'))
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('task_id', 'integer', (c) => c.references('tasks.id').onDelete('set null'))
      .addColumn('unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('held_on', 'text', (c) => c.notNull())
      .addColumn('topic', 'text', (c) => c.notNull())
      .addColumn('attendee_count', 'integer', (c) => c.notNull())
      .addColumn('attendees', 'text', (c) => c.notNull())
      .addColumn('notes', 'text'),
  ).execute();

  await db.schema
    .createTable('task_follows')
    .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('task_follows_pk', ['task_id', 'user_id'])
    .execute();

  await withId(db, db.schema.createTable('notifications'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('dedupe_key', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .addColumn('emailed_at', 'text')
    .execute();
  await db.schema.createIndex('notifications_user').on('notifications').columns(['user_id', 'read_at']).execute();
  await db.schema.createIndex('notifications_dedupe').on('notifications').columns(['user_id', 'dedupe_key']).execute();

  await withId(db, db.schema.createTable('attachments'))
    .addColumn('owner_type', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'integer')
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['attachments', 'notifications', 'task_follows', 'study_sessions', 'close_requests', 'supervision_notices']) await db.schema.dropTable(t).execute();
}
