// Texts of the cockpit, 我的工作, the notification centre and the report centre (namespace `cockpit`),
// wired into web/i18n/zh-CN.ts and en.ts. The English object is typed against the Chinese one.
export const cockpitZh = {
  menu: { cockpit: '驾驶舱', reports: '报告中心', notifications: '通知中心' },
  module: {
    workplan: '重点工作督办', economy: '经济运行', projects: '重大项目', enterprises: '企业服务', prices: '价格监测', livelihood: '民生与疏整促', energy: '节能',
  },
  severity: { alert: '需立即处理', attention: '需关注', ok: '正常' },
  page: {
    title: '领导驾驶舱', asOf: '数据时间 {{time}}', refresh: '刷新', screen: '大屏模式',
    summaryAlert: '红色事项', summaryAttention: '黄色事项', summaryOk: '正常事项',
    failed: '以下模块的数据暂时无法获取：{{modules}}', drill: '点击数字查看对应记录', empty: '当前角色没有可显示的事项',
  },
  screen: {
    title: '区发改委工作统筹 · 领导驾驶舱', exit: '退出大屏', autoRefresh: '每 60 秒自动刷新', bySeverity: '各模块事项分布', severityShare: '事项状态',
    count: '事项数',
  },
  myWork: {
    title: '我的工作', due: '待我办理', review: '待我审核', nothing: '暂无待办事项，一切就绪', earliest: '最早截止 {{date}}', count: '{{count}} 项',
    unread: '未读通知', unreadCount: '{{count}} 条未读通知', openNotifications: '查看通知中心', failed: '部分模块暂时无法获取：{{modules}}',
  },
  notifications: {
    title: '通知中心', unread: '未读', all: '全部', kind: '类型', allKinds: '全部类型', markRead: '标为已读', markAllRead: '全部标为已读',
    read: '已读', none: '暂无通知', noneUnread: '暂无未读通知', open: '打开', unreadTotal: '{{count}} 条未读', viewAll: '查看全部通知',
    confirmAll: '将全部通知标为已读？',
  },
  kinds: {
    reminder: '报送提醒', status: '红黄绿灯变化', progress: '进展报送', supervision: '督办通知', supervision_reply: '督办答复', close: '销号', report_approved: '进展审核通过',
    report_returned: '进展被退回', report: '报告生成', 'price.alert': '价格预警', 'problem.raised': '项目问题', 'problem.overdue': '问题逾期', 'meeting.invited': '会议通知',
    'meeting.decision': '会议议定事项', 'investment.returned': '投资月报退回', 'econ.value_submitted': '经济数据待审', 'econ.value_returned': '经济数据退回',
    'demand.dispatched': '企业诉求交办', 'demand.overdue': '企业诉求逾期', 'live.returned': '民生数据退回', 'live.weak_task': '民生短板任务', 'energy.off_target_task': '节能目标整改任务', 'pop.returned': '人口数据退回',
    'szc.returned': '疏整促数据退回',
  },
  reports: {
    title: '报告中心', types: '报告类型', latest: '最新期', noLatest: '暂无数据', period: '期间', generate: '生成', subscribe: '订阅', subscribed: '已订阅', notSubscribed: '未订阅',
    subscribeHelp: '订阅后，每期报告按您的权限范围自动生成，并通知您下载', subscriptionsSaved: '订阅已保存',
    generated: '已生成《{{title}}》第 {{seq}} 版', versions: '报告版本', allTypes: '全部类型', filterType: '按类型筛选', noTypes: '当前角色没有可生成的报告',
    periodKind: { month: '按月', year: '按年', date: '按日', record: '按记录' },
    periodPlaceholder: { month: '如 2023-10', year: '如 2023', date: '如 2023-10-31', record: '选择记录' },
    col: { title: '报告', period: '期间', seq: '版本', trigger: '生成方式', by: '生成人', at: '生成时间', size: '大小', download: '下载' },
    trigger: { manual: '手动', schedule: '定时订阅', download: '模块页面下载' }, seq: '第 {{seq}} 版', download: '下载', system: '系统',
  },
};

export const cockpitEn: typeof cockpitZh = {
  menu: { cockpit: 'Cockpit', reports: 'Report centre', notifications: 'Notifications' },
  module: {
    workplan: 'Key-work supervision', economy: 'Economy', projects: 'Major projects', enterprises: 'Enterprise services', prices: 'Prices', livelihood: 'Livelihood', energy: 'Energy saving',
  },
  severity: { alert: 'Act now', attention: 'Watch', ok: 'OK' },
  page: {
    title: 'Leaders’ cockpit', asOf: 'As of {{time}}', refresh: 'Refresh', screen: 'Big screen',
    summaryAlert: 'Red items', summaryAttention: 'Yellow items', summaryOk: 'OK items',
    failed: 'Figures of these modules are unavailable for now: {{modules}}', drill: 'Click a figure to see its records', empty: 'Nothing to show for your role',
  },
  screen: {
    title: 'District DRC work coordination · Cockpit', exit: 'Leave big screen', autoRefresh: 'Refreshes every 60 s', bySeverity: 'Items per module', severityShare: 'Item status',
    count: 'Items',
  },
  myWork: {
    title: 'My work', due: 'Due from me', review: 'Waiting for my review', nothing: 'Nothing waiting for you', earliest: 'Earliest due {{date}}', count: '{{count}} item(s)',
    unread: 'Unread notifications', unreadCount: '{{count}} unread notification(s)', openNotifications: 'Open notifications', failed: 'Some modules are unavailable for now: {{modules}}',
  },
  notifications: {
    title: 'Notifications', unread: 'Unread', all: 'All', kind: 'Kind', allKinds: 'All kinds', markRead: 'Mark read', markAllRead: 'Mark all read',
    read: 'Read', none: 'No notifications', noneUnread: 'No unread notifications', open: 'Open', unreadTotal: '{{count}} unread', viewAll: 'All notifications',
    confirmAll: 'Mark every notification read?',
  },
  kinds: {
    reminder: 'Reporting reminder', status: 'Status change', progress: 'Progress reported', supervision: 'Supervision notice', supervision_reply: 'Supervision reply', close: 'Closure',
    report_approved: 'Progress approved', report_returned: 'Progress returned', report: 'Report generated', 'price.alert': 'Price alert', 'problem.raised': 'Project problem',
    'problem.overdue': 'Problem overdue', 'meeting.invited': 'Meeting notice', 'meeting.decision': 'Meeting decision', 'investment.returned': 'Investment report returned',
    'econ.value_submitted': 'Economic data to review', 'econ.value_returned': 'Economic data returned', 'demand.dispatched': 'Enterprise demand assigned',
    'demand.overdue': 'Enterprise demand overdue', 'live.returned': 'Livelihood data returned', 'live.weak_task': 'Livelihood weak-point task', 'energy.off_target_task': 'Energy target task', 'pop.returned': 'Population data returned',
    'szc.returned': 'Decongestion data returned',
  },
  reports: {
    title: 'Report centre', types: 'Report types', latest: 'Latest period', noLatest: 'No data yet', period: 'Period', generate: 'Generate', subscribe: 'Subscribe', subscribed: 'Subscribed', notSubscribed: 'Off',
    subscribeHelp: 'Each new period is generated within your own scope and you are notified', subscriptionsSaved: 'Subscriptions saved',
    generated: '“{{title}}” version {{seq}} generated', versions: 'Versions', allTypes: 'All types', filterType: 'Filter by type', noTypes: 'No reports for your role',
    periodKind: { month: 'Monthly', year: 'Yearly', date: 'Daily', record: 'Per record' },
    periodPlaceholder: { month: 'e.g. 2023-10', year: 'e.g. 2023', date: 'e.g. 2023-10-31', record: 'Pick a record' },
    col: { title: 'Report', period: 'Period', seq: 'Version', trigger: 'Trigger', by: 'By', at: 'Generated', size: 'Size', download: 'Download' },
    trigger: { manual: 'Manual', schedule: 'Subscription', download: 'Module page download' }, seq: 'v{{seq}}', download: 'Download', system: 'System',
  },
};
