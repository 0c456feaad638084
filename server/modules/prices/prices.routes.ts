// Routes of price monitoring, price management and price certification.
import { z } from 'zod';
import { certActionInput, certCaseInput, certStages, commodityInput, pointInput, priceItemInput, quoteInput, thresholdInput, windowInput } from '../../../common/prices.ts';
import { isIsoDate } from '../../../common/periods.ts';
import { actorOf, sendFile, answerJson, uploadedFile } from '../../platform/http.ts';
import { sendKept } from '../cockpit/reports.service.ts';
import type { ModuleRegister } from '../types.ts';
import * as prices from './prices.service.ts';
import * as cert from './certification.service.ts';
import * as docs from './prices-documents.service.ts';

const tags = ['prices'];
const id = z.coerce.number().int().positive().max(2_147_483_647);
const date = z.string().refine(isIsoDate, '日期格式应为 YYYY-MM-DD');

export const priceRoutes: ModuleRegister = async (app, ctx) => {
  app.get('/api/prices/catalogue', { config: { permission: 'price.read' }, schema: { tags, summary: '监测商品、监测点、采价员、监测时段' } }, async (req) => prices.catalogue(ctx, actorOf(req)));
  app.post('/api/prices/commodities', { config: { permission: 'price.write' }, schema: { tags, summary: '新增监测商品', body: commodityInput } },
    async (req, reply) => reply.status(201).send(await prices.createCommodity(ctx, actorOf(req), req.body)));
  app.post('/api/prices/points', { config: { permission: 'price.write' }, schema: { tags, summary: '新增监测点（含采价员）', body: pointInput } },
    async (req, reply) => reply.status(201).send(await prices.createPoint(ctx, actorOf(req), req.body)));
  app.put('/api/prices/points/:id/collectors', { config: { permission: 'price.write' }, schema: { tags, summary: '设置监测点采价员', params: z.strictObject({ id }), body: z.strictObject({ userIds: z.array(id).max(20) }) } },
    async (req) => prices.setCollectors(ctx, actorOf(req), req.params.id, req.body.userIds));
  app.put('/api/prices/commodities/:id/threshold', { config: { permission: 'price.write' }, schema: { tags, summary: '设置预警阈值', params: z.strictObject({ id }), body: thresholdInput } },
    async (req) => prices.setThreshold(ctx, actorOf(req), req.params.id, req.body));
  app.post('/api/prices/windows', { config: { permission: 'price.write' }, schema: { tags, summary: '设立节日/应急监测时段', body: windowInput } },
    async (req, reply) => reply.status(201).send(await prices.createWindow(ctx, actorOf(req), req.body)));
  app.get('/api/prices/form', { config: { permission: 'price.collect' }, schema: { tags, summary: '采价表（含上期价格）', querystring: z.strictObject({ pointId: id, date }) } },
    async (req) => prices.collectorForm(ctx, actorOf(req), req.query.pointId, req.query.date));
  app.put('/api/prices/quotes', { config: { permission: 'price.collect' }, schema: { tags, summary: '报送价格（采价员）', body: quoteInput } },
    async (req) => prices.saveQuotes(ctx, actorOf(req), req.body));
  app.post('/api/prices/approve', { config: { permission: 'price.write' }, schema: { tags, summary: '审核当日价格（锁定）', body: z.strictObject({ date }) } },
    async (req) => prices.approveDay(ctx, actorOf(req), req.body.date));
  app.get('/api/prices/template', { config: { permission: 'price.read' }, schema: { tags, summary: '价格导入模板（xlsx）' } },
    async (req, reply) => sendFile(reply, await docs.quoteTemplate(ctx, actorOf(req)), '价格采集导入模板.xlsx'));
  app.post('/api/prices/import', { config: { permission: 'price.collect' }, schema: { tags, summary: '导入当日价格表（全部成功或全部不导入）', consumes: ['multipart/form-data'] } },
    async (req) => docs.importQuotes(ctx, actorOf(req), await uploadedFile(req, ctx.config.maxUploadMb)));
  app.get('/api/prices/export.xlsx', { config: { permission: 'price.read' }, schema: { tags, summary: '按市价格监测机构格式导出（xlsx）', querystring: z.strictObject({ from: date, to: date }) } },
    async (req, reply) => sendFile(reply, await docs.exportForBureau(ctx, actorOf(req), req.query.from, req.query.to), `重要商品价格${req.query.from}至${req.query.to}.xlsx`));
  app.get('/api/prices/overview', { config: { permission: 'price.read' }, schema: { tags, summary: '当日价格、环比同比、分类指数、预警', querystring: z.strictObject({ date: date.optional() }) } },
    (req, reply) => answerJson(reply, prices.overviewJson(ctx, actorOf(req), req.query.date)));
  app.get('/api/prices/commodities/:id/series', { config: { permission: 'price.read' }, schema: { tags, summary: '商品价格走势（均价、去年同期、各监测点）', params: z.strictObject({ id }), querystring: z.strictObject({ from: date, to: date }) } },
    async (req) => prices.series(ctx, actorOf(req), req.params.id, req.query.from, req.query.to));
  app.get('/api/prices/heatmap', { config: { permission: 'price.read' }, schema: { tags, summary: '各监测点各商品周环比（热力图）', querystring: z.strictObject({ date }) } },
    async (req) => prices.heatmap(ctx, actorOf(req), req.query.date));
  app.get('/api/prices/alerts', { config: { permission: 'price.read' }, schema: { tags, summary: '价格预警', querystring: z.strictObject({ status: z.enum(['open', 'closed']).optional(), from: date.optional(), to: date.optional() }) } },
    async (req) => prices.listAlerts(ctx, actorOf(req), req.query));
  app.post('/api/prices/alerts/scan', { config: { permission: 'price.write' }, schema: { tags, summary: '按日扫描预警', body: z.strictObject({ date }) } },
    async (req) => prices.scanAlertsAs(ctx, actorOf(req), req.body.date));
  app.get('/api/prices/brief.docx', { config: { permission: 'price.read' }, schema: { tags, summary: '价格监测日报/周报（docx）', querystring: z.strictObject({ date, kind: z.enum(['daily', 'weekly']).default('daily') }) } },
    async (req, reply) => sendKept(ctx, req, reply, { type: req.query.kind === 'weekly' ? 'prices.weekly' : 'prices.daily', period: req.query.date }, await docs.priceBrief(ctx, actorOf(req), req.query.date, req.query.kind), `${req.query.date}价格监测${req.query.kind === 'weekly' ? '周报' : '日报'}.docx`));
  app.get('/api/prices/windows/:id/report.docx', { config: { permission: 'price.read' }, schema: { tags, summary: '节日价格监测报告（docx）', params: z.strictObject({ id }), querystring: z.strictObject({ date }) } },
    async (req, reply) => sendFile(reply, await docs.windowReport(ctx, actorOf(req), req.params.id, req.query.date), `节日价格监测报告-${req.query.date}.docx`));

  app.get('/api/prices/items', { config: { permission: 'price.read' }, schema: { tags, summary: '政府定价和政府指导价目录' } }, async (req) => cert.listItems(ctx, actorOf(req)));
  app.post('/api/prices/items', { config: { permission: 'price.write' }, schema: { tags, summary: '新增定价项目', body: priceItemInput } },
    async (req, reply) => reply.status(201).send(await cert.saveItem(ctx, actorOf(req), null, req.body)));
  app.put('/api/prices/items/:id', { config: { permission: 'price.write' }, schema: { tags, summary: '调整定价项目（留存历史）', params: z.strictObject({ id }), body: priceItemInput } },
    async (req) => cert.saveItem(ctx, actorOf(req), req.params.id, req.body));

  app.get('/api/cert-cases', { config: { permission: 'price.cert' }, schema: { tags, summary: '价格认定案件（检索）', querystring: z.strictObject({ q: z.string().max(100).optional(), stage: z.enum(certStages).optional() }) } },
    async (req) => cert.listCases(ctx, actorOf(req), req.query));
  app.post('/api/cert-cases', { config: { permission: 'price.write' }, schema: { tags, summary: '登记价格认定协助书', body: certCaseInput } },
    async (req, reply) => reply.status(201).send(await cert.createCase(ctx, actorOf(req), req.body)));
  app.get('/api/cert-cases/:id', { config: { permission: 'price.cert' }, schema: { tags, summary: '案件详情与办理过程', params: z.strictObject({ id }) } },
    async (req) => cert.getCase(ctx, actorOf(req), req.params.id));
  app.post('/api/cert-cases/:id/action', { config: { permission: 'price.write' }, schema: { tags, summary: '案件办理（受理、调查、测算、审核、出具结论、送达、终止）', params: z.strictObject({ id }), body: certActionInput } },
    async (req) => cert.actOnCase(ctx, actorOf(req), req.params.id, req.body));
  app.get('/api/cert-cases/:id/conclusion.docx', { config: { permission: 'price.cert' }, schema: { tags, summary: '价格认定结论书（docx）', params: z.strictObject({ id }) } },
    async (req, reply) => sendKept(ctx, req, reply, { type: 'prices.cert_conclusion', period: req.params.id }, await cert.conclusionDocx(ctx, actorOf(req), req.params.id), `价格认定结论书-${req.params.id}.docx`));
};
