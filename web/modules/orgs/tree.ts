// Turns the flat org list (parents before children) into trees for Table, TreeSelect and filters.
import type { OrgUnit } from './api.ts';

export type OrgNode = OrgUnit & { children?: OrgNode[] };

export function buildOrgTree(items: OrgUnit[]): OrgNode[] {
  const byId = new Map<number, OrgNode>();
  for (const o of items) byId.set(o.id, { ...o });
  const roots: OrgNode[] = [];
  for (const o of items) {
    const node = byId.get(o.id)!;
    const parent = o.parentId !== null ? byId.get(o.parentId) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  const sort = (nodes: OrgNode[]) => {
    nodes.sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code));
    for (const n of nodes) if (n.children) sort(n.children);
  };
  sort(roots);
  return roots;
}

/** Ids of the unit and all units below it (a unit cannot move under these). */
export function selfAndDescendants(items: OrgUnit[], id: number): Set<number> {
  const out = new Set<number>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const o of items) {
      if (o.parentId !== null && out.has(o.parentId) && !out.has(o.id)) {
        out.add(o.id);
        grew = true;
      }
    }
  }
  return out;
}

/** Keeps the nodes matching the text and their ancestors. */
export function filterTree(nodes: OrgNode[], text: string): OrgNode[] {
  const q = text.trim().toLowerCase();
  if (!q) return nodes;
  const walk = (list: OrgNode[]): OrgNode[] =>
    list.flatMap((n) => {
      const kids = n.children ? walk(n.children) : [];
      const hit = n.name.toLowerCase().includes(q) || n.code.toLowerCase().includes(q);
      return hit || kids.length ? [{ ...n, children: kids.length ? kids : hit ? n.children : undefined }] : [];
    });
  return walk(nodes);
}

export function idsWithChildren(nodes: OrgNode[]): number[] {
  return nodes.flatMap((n) => (n.children?.length ? [n.id, ...idsWithChildren(n.children)] : []));
}

export type OrgTreeOption = { value: number; title: string; disabled?: boolean; children?: OrgTreeOption[] };

export function toTreeOptions(nodes: OrgNode[], disabled?: Set<number>, inactiveSuffix = ''): OrgTreeOption[] {
  return nodes.map((n) => ({
    value: n.id,
    title: n.active ? n.name : `${n.name}${inactiveSuffix}`,
    disabled: disabled?.has(n.id) || undefined,
    children: n.children ? toTreeOptions(n.children, disabled, inactiveSuffix) : undefined,
  }));
}
