// Renders the page only when the user holds every permission the route needs, else the fallback (403).
import type { ReactNode } from 'react';
import type { Permission } from '../../common/permissions.ts';
import { hasAll, useCurrentUser } from './session.ts';

export function RequirePermission({ all, fallback, children }: { all: readonly Permission[]; fallback: ReactNode; children: ReactNode }) {
  const me = useCurrentUser();
  return <>{hasAll(me, all) ? children : fallback}</>;
}
