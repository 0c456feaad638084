// Routes of attachments.
import { z } from 'zod';
import { limits } from '../../../common/limits.ts';
import { actorOf, sendFile } from '../../platform/http.ts';
import { AppError } from '../../platform/errors.ts';
import type { ModuleRegister } from '../types.ts';
import * as attachments from './attachments.service.ts';

const tags = ['attachments'];

export const attachmentRoutes: ModuleRegister = async (app, ctx) => {
  app.post('/api/attachments', { config: { permission: 'plan.read' }, schema: { tags, summary: '上传附件（multipart 字段 file；PDF、图片、Office 文件）', consumes: ['multipart/form-data'] } }, async (req, reply) => {
    if (!req.isMultipart()) throw new AppError('import.no_file');
    const file = await req.file({ limits: { fileSize: ctx.config.maxUploadMb * 1024 * 1024, files: 1 } }).catch(() => undefined);
    if (!file) throw new AppError('import.no_file');
    const data = await uploadedFileBuffer(file, ctx.config.maxUploadMb);
    return reply.status(201).send(await attachments.uploadAttachment(ctx, actorOf(req), { data, filename: file.filename }));
  });
  app.get('/api/attachments/:id', { config: { permission: 'plan.read' }, schema: { tags, summary: '下载附件', params: z.strictObject({ id: z.coerce.number().int().positive().max(limits.idMax) }) } }, async (req, reply) => {
    const a = await attachments.downloadAttachment(ctx, actorOf(req), req.params.id);
    return sendFile(reply, a.data, a.filename, a.mime);
  });
};

async function uploadedFileBuffer(file: { toBuffer: () => Promise<Buffer>; file: { truncated: boolean } }, maxMb: number): Promise<Buffer> {
  const buf = await file.toBuffer().catch(() => { throw new AppError('attachment.too_large', { maxMb }); });
  if (file.file.truncated) throw new AppError('attachment.too_large', { maxMb });
  return buf;
}
