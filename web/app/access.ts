// Permissions each route needs. The router, the side menu and the home page read this one table.
import type { Permission } from '../../common/permissions.ts';

export const routePermissions: Record<string, readonly Permission[]> = {
  '/admin/orgs': ['org.read', 'org.write'],
  '/admin/users': ['user.read'],
  '/admin/security': ['security.policy'],
  '/audit': ['audit.read'],
  '/plan': ['plan.read'],
  '/plan/tasks': ['plan.read'],
  '/plan/tasks/:id': ['plan.read'],
  '/plan/my': ['plan.read'],
  '/plan/supervision': ['plan.read'],
  '/plan/assessment': ['plan.read'],
  '/plan/party': ['plan.read'],
  '/economy': ['econ.read'],
  '/economy/indicators/:id': ['econ.read'],
  '/economy/opening': ['econ.read'],
  '/economy/data': ['econ.read'],
  '/economy/catalogue': ['econ.read'],
  '/economy/fyp': ['econ.read'],
};
