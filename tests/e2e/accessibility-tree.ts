/**
 * A table as Chromium's accessibility tree gives it to screen readers, read
 * through the DevTools protocol: what the browser exposes after the page's
 * styles have changed the table's display, where Playwright's role locators
 * read the markup.
 */
import type { Page } from '@playwright/test';

type AXNode = {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
};

export type ExposedTable = { rows: number; columnHeaders: string[]; firstRow: { role: string; name: string }[] };

export async function exposedTable(page: Page, name: string): Promise<ExposedTable | null> {
  const session = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const table = nodes.find((node) => node.role?.value === 'table' && node.name?.value === name);
    if (!table) return null;
    /** The nodes under `node` with one of `roles`, not looking inside them. */
    const under = (node: AXNode, roles: string[]): AXNode[] =>
      (node.childIds ?? []).flatMap((id) => {
        const child = byId.get(id);
        if (!child) return [];
        return roles.includes(child.role?.value ?? '') ? [child] : under(child, roles);
      });
    const rows = under(table, ['row']);
    const cellsOf = (row: AXNode) => under(row, ['cell', 'columnheader', 'rowheader', 'gridcell']);
    return {
      rows: rows.length,
      columnHeaders: rows[0] ? cellsOf(rows[0]).map((cell) => cell.name?.value ?? '') : [],
      firstRow: rows[1] ? cellsOf(rows[1]).map((cell) => ({ role: cell.role?.value ?? '', name: cell.name?.value ?? '' })) : [],
    };
  } finally {
    await session.detach();
  }
}
