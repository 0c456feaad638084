// Texts of the prices module (namespace `price`), wired into web/i18n/zh-CN.ts and en.ts.
// The English object is typed against the Chinese one, so a missing or extra key fails the type check.
export const pricesZh = {
  listSep: '、',
  dailyReporting: '每日12时前报送',
  menu: { group: '价格监测', overview: '价格总览', collect: '价格采集', alerts: '价格预警', items: '政府定价目录', cases: '价格认定' },
  level: { yellow: '黄色预警', red: '红色预警', normal: '正常', stress: '承压', alert: '警戒', crisis: '危机' },
  kind: { rule: '阈值预警', statistical: 'ALPS 统计预警' },
  status: { open: '未关闭', closed: '已关闭' },
  quoteState: { submitted: '已报送', approved: '已审核锁定' },
  windowKind: { holiday: '节日监测', emergency: '应急监测' },
  toast: {
    quotesSaved: '已报送 {{count}} 个商品的价格', approved: '当日价格已审核锁定', scanned: '已按日扫描预警', itemSaved: '定价项目已保存',
    caseCreated: '已登记案件 {{caseNo}}', caseUpdated: '案件已办理',
  },
  collect: {
    title: '价格采集', point: '监测点', noPoints: '您不是任何监测点的采价员', last: '上期', pricePlaceholder: '本期价格',
    jumpWarning: '与上期 {{last}} 相比变化达 {{factor}} 倍以上（本期 {{price}}），请核实后填写说明并勾选确认',
    notePlaceholder: '说明价格变化的原因（必填）', confirmJump: '已核实，确认报送此价格', locked: '该日价格已审核锁定，不能修改',
    pending: '待确认：{{names}}', submit: '报送（{{count}} 项）',
  },
  overview: {
    title: '价格总览', date: '监测日期', latest: '最新', baseYear: '以 {{year}} 年为基期（=100）', overall: '综合指数', groups: '分类指数',
    table: '重要商品价格', trend: '价格走势', heatmap: '各监测点周环比', openAlerts: '未关闭预警', noAlerts: '暂无未关闭预警', windows: '节日/应急监测时段',
    dailyBrief: '价格日报', weeklyBrief: '价格周报', export: '导出市局报表', approve: '审核当日价格', approveConfirm: '审核后该日价格锁定，采价员不能再修改。确认审核 {{date}} 的价格？',
    scan: '扫描预警', windowReport: '节日报告', windowDate: '报告日期', mean: '全区均价', lastYear: '去年同期', pickCommodity: '选择商品', noData: '该日没有价格数据',
  },
  col: {
    name: '商品', spec: '规格', group: '类别', price: '价格', unit: '单位', day: '日环比', week: '周环比', yoy: '同比', rule: '阈值预警', alps: 'ALPS', daily: '报送',
    date: '日期', kind: '类型', level: '级别', value: '数值', message: '说明', status: '状态',
  },
  alerts: { title: '价格预警', status: '状态', all: '全部', from: '起', to: '止' },
  items: {
    title: '政府定价和政府指导价目录', add: '新增定价项目', edit: '调整', name: '项目名称', form: '定价形式', currentPrice: '现行价格', unit: '计价单位', basisDoc: '定价依据文件',
    effectiveFrom: '执行日期', reviewDue: '评估到期', note: '备注', overdue: '评估逾期', save: '保存', cancel: '取消', pricePositive: '价格须大于 0',
  },
  cases: {
    title: '价格认定', search: '案号、提出机关或物品', stage: '办理阶段', allStages: '全部阶段', caseNo: '案号', requesterOrg: '提出机关', requesterType: '机关类别', receivedOn: '收件日期',
    acceptedOn: '受理日期', baseDate: '价格认定基准日', dueOn: '办结期限', overdue: '逾期', method: '认定方法', resultYuan: '认定金额（元）', items: '认定标的', certifiers: '认定人员',
    itemName: '名称', itemSpec: '规格型号', quantity: '数量', condition: '状况', events: '办理过程', conclusion: '下载结论书', back: '返回列表', concludedOn: '结论日期', deliveredOn: '送达日期',
    note: '办理意见', ok: '确定', cancel: '取消', yuan: '{{value}} 元', add: '登记协助书', addItem: '添加标的',
    required: '必填', baseAfterReceived: '价格认定基准日不能晚于收件日期', itemsRequired: '至少填写一项认定标的', quantityPositive: '数量须大于 0',
  },
  action: { accept: '受理', reject: '不予受理', investigate: '开始调查', calculate: '进入测算', review: '提交审核', conclude: '出具结论', deliver: '送达', terminate: '终止', receive: '收件' },
  home: { collect: '价格采集' },
};

export const pricesEn: typeof pricesZh = {
  listSep: ', ',
  dailyReporting: 'Daily by 12:00',
  menu: { group: 'Prices', overview: 'Price overview', collect: 'Price collection', alerts: 'Price alerts', items: 'Government prices', cases: 'Price certification' },
  level: { yellow: 'Yellow', red: 'Red', normal: 'Normal', stress: 'Stress', alert: 'Alert', crisis: 'Crisis' },
  kind: { rule: 'Threshold', statistical: 'ALPS statistical' },
  status: { open: 'Open', closed: 'Closed' },
  quoteState: { submitted: 'Submitted', approved: 'Approved, locked' },
  windowKind: { holiday: 'Holiday', emergency: 'Emergency' },
  toast: {
    quotesSaved: 'Prices of {{count}} commodities submitted', approved: 'The day is approved and locked', scanned: 'Alerts scanned for the day', itemSaved: 'Item saved',
    caseCreated: 'Case {{caseNo}} registered', caseUpdated: 'Case updated',
  },
  collect: {
    title: 'Price collection', point: 'Monitoring point', noPoints: 'You collect at no monitoring point', last: 'Last', pricePlaceholder: 'Price',
    jumpWarning: 'Differs by a factor of {{factor}} or more from the last price {{last}} (now {{price}}): check it, add a note and confirm',
    notePlaceholder: 'Why the price changed (required)', confirmJump: 'Checked: submit this price', locked: 'This day is approved and locked',
    pending: 'To confirm: {{names}}', submit: 'Submit ({{count}})',
  },
  overview: {
    title: 'Price overview', date: 'Date', latest: 'Latest', baseYear: 'Base year {{year}} = 100', overall: 'Overall index', groups: 'Group indices',
    table: 'Key commodity prices', trend: 'Price trend', heatmap: 'Week-on-week by point', openAlerts: 'Open alerts', noAlerts: 'No open alerts', windows: 'Holiday and emergency windows',
    dailyBrief: 'Daily brief', weeklyBrief: 'Weekly brief', export: 'Export for the bureau', approve: 'Approve the day', approveConfirm: 'Approved prices are locked for the collectors. Approve the prices of {{date}}?',
    scan: 'Scan alerts', windowReport: 'Holiday report', windowDate: 'Report date', mean: 'District mean', lastYear: 'Last year', pickCommodity: 'Commodity', noData: 'No prices on this day',
  },
  col: {
    name: 'Commodity', spec: 'Specification', group: 'Group', price: 'Price', unit: 'Unit', day: 'Day', week: 'Week', yoy: 'Year', rule: 'Threshold', alps: 'ALPS', daily: 'Reporting',
    date: 'Date', kind: 'Kind', level: 'Level', value: 'Value', message: 'Message', status: 'Status',
  },
  alerts: { title: 'Price alerts', status: 'Status', all: 'All', from: 'From', to: 'To' },
  items: {
    title: 'Government-set and guided prices', add: 'New item', edit: 'Adjust', name: 'Item', form: 'Form', currentPrice: 'Current price', unit: 'Unit', basisDoc: 'Basis document',
    effectiveFrom: 'Effective from', reviewDue: 'Review due', note: 'Note', overdue: 'Review overdue', save: 'Save', cancel: 'Cancel', pricePositive: 'The price must be above 0',
  },
  cases: {
    title: 'Price certification', search: 'Case no., requester or item', stage: 'Stage', allStages: 'All stages', caseNo: 'Case no.', requesterOrg: 'Requester', requesterType: 'Requester type', receivedOn: 'Received',
    acceptedOn: 'Accepted', baseDate: 'Valuation date', dueOn: 'Due', overdue: 'Overdue', method: 'Method', resultYuan: 'Value (yuan)', items: 'Items', certifiers: 'Certifiers',
    itemName: 'Name', itemSpec: 'Model', quantity: 'Quantity', condition: 'Condition', events: 'History', conclusion: 'Download conclusion', back: 'Back to the list', concludedOn: 'Concluded', deliveredOn: 'Delivered',
    note: 'Note', ok: 'OK', cancel: 'Cancel', yuan: '{{value}} yuan', add: 'Register a request', addItem: 'Add item',
    required: 'Required', baseAfterReceived: 'The valuation date cannot be after the received date', itemsRequired: 'Add at least one item', quantityPositive: 'The quantity must be above 0',
  },
  action: { accept: 'Accept', reject: 'Reject', investigate: 'Investigate', calculate: 'Calculate', review: 'Submit for review', conclude: 'Conclude', deliver: 'Deliver', terminate: 'Terminate', receive: 'Received' },
  home: { collect: 'Price collection' },
};
