// Attachments (附件): evidence for reports and closing. Checked by content (magic bytes), not by name;
// stored content-addressed; every download is an audit event.
import type { Actor } from '../../platform/access.ts';
import { auditActorOf, requirePermission } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { scopeTasks } from '../workplan/workplan.policy.ts';

const signatures: { mime: string; ext: string[]; test: (b: Buffer) => boolean }[] = [
  { mime: 'application/pdf', ext: ['pdf'], test: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
  { mime: 'image/png', ext: ['png'], test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { mime: 'image/jpeg', ext: ['jpg', 'jpeg'], test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { mime: 'application/zip', ext: ['docx', 'xlsx', 'pptx', 'zip', 'ofd'], test: (b) => b.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) },
];

export function sniff(buf: Buffer, filename: string): string {
  const ext = filename.split('.').pop()?.toLowerCase() ?? '';
  const sig = signatures.find((s) => s.test(buf));
  if (!sig || !sig.ext.includes(ext)) throw new AppError('attachment.type_not_allowed', { type: ext || '?' });
  if (sig.mime === 'application/zip') {
    return ext === 'docx' ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
      : ext === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/zip';
  }
  return sig.mime;
}

export async function uploadAttachment(ctx: AppContext, actor: Actor, file: { data: Buffer; filename: string }) {
  requirePermission(actor, 'plan.read');
  const filename = file.filename.replace(/[\\/\u0000-\u001f]/g, '_').slice(0, 200) || 'file';
  const mime = sniff(file.data, filename);
  const { key, sha256 } = await ctx.storage.put(file.data);
  return ctx.db.transaction().execute(async (trx) => {
    const { id } = await trx.insertInto('attachments').values({
      ownerType: 'pending', ownerId: null, filename, mime, size: file.data.length, sha256, storageKey: key, uploadedBy: actor.userId, createdAt: nowIso(),
    }).returning('id').executeTakeFirstOrThrow();
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'attachment.upload', entityType: 'attachment', entityId: id, after: { filename, mime, size: file.data.length, sha256 } });
    return { id, filename, mime, size: file.data.length };
  });
}

/** The uploader may always read an attachment; others when they can see the task it belongs to. */
export async function downloadAttachment(ctx: AppContext, actor: Actor, id: number) {
  requirePermission(actor, 'plan.read');
  const a = await ctx.db.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst();
  if (!a) throw new AppError('record.not_found');
  if (a.uploadedBy !== actor.userId) {
    const taskId = a.ownerType === 'close_request'
      ? (await ctx.db.selectFrom('closeRequests').select('taskId').where('id', '=', a.ownerId ?? -1).executeTakeFirst())?.taskId
      : a.ownerType === 'progress_report'
        ? (await ctx.db.selectFrom('progressReports').select('taskId').where('id', '=', a.ownerId ?? -1).executeTakeFirst())?.taskId
        : undefined;
    const visible = taskId !== undefined && (await scopeTasks(actor, ctx.db.selectFrom('tasks').select('id').where('tasks.id', '=', taskId)).executeTakeFirst());
    if (!visible) throw new AppError('record.not_found');
  }
  await ctx.audit.recordAlone(ctx.db, auditActorOf(actor), { action: 'attachment.download', entityType: 'attachment', entityId: id });
  return { data: await ctx.storage.get(a.storageKey), filename: a.filename, mime: a.mime };
}
