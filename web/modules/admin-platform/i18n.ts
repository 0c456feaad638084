// Texts of the admin pages for scheduled jobs and integrations (namespace `platformAdmin`), wired into
// web/i18n/zh-CN.ts and en.ts. The English object is typed against the Chinese one.
export const platformAdminZh = {
  menu: { jobs: '定时任务', integrations: '开放接口与推送' },
  jobs: {
    title: '定时任务', disabled: '本节点未启用定时任务（TONGCHOU_JOBS=0），仍可手动立即运行', name: '任务', interval: '运行间隔', lastRun: '最近运行', duration: '耗时',
    outcome: '结果', runningOn: '正在运行的节点', failures: '失败次数', recent: '最近 {{count}} 次运行', run: '立即运行', ran: '任务 {{name}} 已运行', ok: '成功', failed: '失败',
    running: '运行中', never: '尚未运行', idle: '空闲', holder: '节点', startedAt: '开始时间', result: '结果', noRuns: '暂无运行记录',
    every: { ms: '每 {{n}} 毫秒', s: '每 {{n}} 秒', min: '每 {{n}} 分钟', h: '每 {{n}} 小时', d: '每 {{n}} 天', minute: '每分钟', hour: '每小时', day: '每天' },
    desc: {
      'workplan.reminders': '重点任务报送提醒：月度进展到期、逾期未报、节点将到期时提醒责任单位；更新红黄绿灯并通知关注人',
      'mail.send': '发送通知邮件（按用户合并为摘要）',
      'users.dormant': '停用长期未登录的账号',
      'sessions.purge': '清理过期的登录会话',
      'problems.overdue': '项目问题逾期提醒',
      'demands.overdue': '企业诉求逾期提醒',
      'prices.alerts': '按日扫描价格异动，生成价格预警',
      'reports.scheduled': '按订阅定期生成报告并通知订阅人',
      'webhooks.queue': '将驾驶舱红色事项和价格预警排入推送队列',
      'webhooks.send': '向群机器人和回调地址发送推送（失败重试）',
      'jobs.prune': '清理过旧的任务运行记录',
    },
  },
  tokens: {
    title: '开放接口访问令牌', create: '新建令牌', name: '名称', prefix: '令牌前缀', scopes: '权限范围', expiresAt: '有效期至', lastUsedAt: '最近使用', createdAt: '创建时间',
    status: '状态', active: '有效', revoked: '已吊销', expired: '已过期', never: '从未', noExpiry: '长期有效', revoke: '吊销', revokeConfirm: '吊销后使用该令牌的系统将无法再访问，确认吊销？',
    revokedToast: '令牌已吊销', expiresOn: '有效期至（可不填）', namePlaceholder: '如：区大数据中心数据共享', scopesRequired: '请至少选择一项权限范围', nameRequired: '请填写名称',
    shownTitle: '令牌已创建：请立即复制保存', shownWarning: '令牌只显示这一次，关闭后无法再次查看。如遗失，请吊销后重新创建。', copy: '复制令牌', copied: '已复制到剪贴板',
    copyFailed: '无法自动复制，请手动选中复制', saved: '我已保存，关闭',
  },
  webhooks: {
    title: '预警推送（群机器人、回调地址）', create: '新建推送', edit: '修改推送', name: '名称', kind: '类型', url: '地址', urlHost: '地址（主机）', events: '推送事件', active: '启用',
    secret: '签名密钥', secretSet: '已设置', secretNotSet: '未设置', secretKeep: '已设置密钥：留空则保持不变', secretClear: '清除已设置的密钥', secretHelp: '钉钉加签密钥或通用回调的 HMAC 密钥；企业微信可不填',
    deliveries: '推送记录', pending: '待发', sent: '已发', failed: '失败', test: '发送测试', testOk: '测试消息已送达（HTTP {{status}}）', testFailed: '测试失败：{{error}}',
    deleteConfirm: '删除后不再推送，确认删除？', deleted: '推送已删除', saved: '推送已保存', created: '推送已创建', urlRequired: '请填写地址', eventsRequired: '请至少选择一项事件',
    urlPlaceholder: 'https://…', editUrlHelp: '出于安全，已保存的完整地址不回显；留空则保持不变', none: '暂无推送',
  },
  open: {
    title: '开放接口使用说明', intro: '外部系统使用访问令牌（Bearer）调用只读开放接口，返回 JSON。令牌须具备接口所需的权限范围，否则返回 403；无令牌或令牌无效返回 401。',
    endpoint: '接口', scope: '所需权限范围', what: '内容', docs: '完整的接口文档（OpenAPI）：', example: '调用示例',
    indicators: '经济指标（可带 year 参数）', projects: '重大项目（可带 year、page、pageSize 参数）', alerts: '驾驶舱关注事项与价格预警',
  },
};

export const platformAdminEn: typeof platformAdminZh = {
  menu: { jobs: 'Scheduled jobs', integrations: 'Open API & webhooks' },
  jobs: {
    title: 'Scheduled jobs', disabled: 'Scheduled jobs are off on this node (TONGCHOU_JOBS=0); they can still be run by hand', name: 'Job', interval: 'Interval', lastRun: 'Last run', duration: 'Took',
    outcome: 'Outcome', runningOn: 'Running on', failures: 'Failures', recent: 'Last {{count}} runs', run: 'Run now', ran: 'Job {{name}} ran', ok: 'OK', failed: 'Failed',
    running: 'Running', never: 'Never run', idle: 'Idle', holder: 'Node', startedAt: 'Started', result: 'Result', noRuns: 'No runs yet',
    every: { ms: 'Every {{n}} ms', s: 'Every {{n}} s', min: 'Every {{n}} minutes', h: 'Every {{n}} hours', d: 'Every {{n}} days', minute: 'Every minute', hour: 'Hourly', day: 'Daily' },
    desc: {
      'workplan.reminders': 'Key-task reminders: monthly progress due or missing, milestones coming due; traffic lights updated and followers told',
      'mail.send': 'Sends notification e-mail (one digest per user)',
      'users.dormant': 'Disables accounts not used for a long time',
      'sessions.purge': 'Removes expired sessions',
      'problems.overdue': 'Reminds of overdue project problems',
      'demands.overdue': 'Reminds of overdue enterprise demands',
      'prices.alerts': 'Scans daily prices for unusual moves and raises alerts',
      'reports.scheduled': 'Generates subscribed reports each period and tells the subscribers',
      'webhooks.queue': 'Queues cockpit red items and price alerts for the webhooks',
      'webhooks.send': 'Sends queued messages to group robots and callbacks (with retries)',
      'jobs.prune': 'Removes old job-run records',
    },
  },
  tokens: {
    title: 'Open API tokens', create: 'New token', name: 'Name', prefix: 'Prefix', scopes: 'Scopes', expiresAt: 'Expires', lastUsedAt: 'Last used', createdAt: 'Created',
    status: 'Status', active: 'Active', revoked: 'Revoked', expired: 'Expired', never: 'Never', noExpiry: 'No expiry', revoke: 'Revoke', revokeConfirm: 'Systems using this token lose access. Revoke it?',
    revokedToast: 'Token revoked', expiresOn: 'Expires on (optional)', namePlaceholder: 'e.g. District big-data centre feed', scopesRequired: 'Pick at least one scope', nameRequired: 'Enter a name',
    shownTitle: 'Token created: copy it now', shownWarning: 'The token is shown only this once and cannot be viewed again after closing. If lost, revoke it and create a new one.', copy: 'Copy token', copied: 'Copied to the clipboard',
    copyFailed: 'Could not copy; select and copy it by hand', saved: 'I have saved it, close',
  },
  webhooks: {
    title: 'Alert webhooks (group robots, callbacks)', create: 'New webhook', edit: 'Edit webhook', name: 'Name', kind: 'Kind', url: 'URL', urlHost: 'URL (host)', events: 'Events', active: 'Active',
    secret: 'Signing secret', secretSet: 'Set', secretNotSet: 'Not set', secretKeep: 'A secret is set: leave empty to keep it', secretClear: 'Clear the secret', secretHelp: 'DingTalk signing secret or the generic callback’s HMAC key; not needed for WeCom',
    deliveries: 'Deliveries', pending: 'Pending', sent: 'Sent', failed: 'Failed', test: 'Send test', testOk: 'Test message delivered (HTTP {{status}})', testFailed: 'Test failed: {{error}}',
    deleteConfirm: 'Nothing more will be sent. Delete it?', deleted: 'Webhook deleted', saved: 'Webhook saved', created: 'Webhook created', urlRequired: 'Enter the URL', eventsRequired: 'Pick at least one event',
    urlPlaceholder: 'https://…', editUrlHelp: 'The saved URL is not shown for safety; leave empty to keep it', none: 'No webhooks',
  },
  open: {
    title: 'Using the open API', intro: 'External systems call the read-only open API with a bearer token and get JSON. The token needs the scope of the endpoint (else 403); no or an invalid token gives 401.',
    endpoint: 'Endpoint', scope: 'Scope needed', what: 'Content', docs: 'Full API reference (OpenAPI): ', example: 'Example',
    indicators: 'Economic indicators (optional year)', projects: 'Major projects (optional year, page, pageSize)', alerts: 'Cockpit attention items and price alerts',
  },
};
