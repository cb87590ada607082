// The leads of a view as a table: only the rows on screen are drawn (TanStack
// Virtual), the next page is asked for as the end nears, and the keyboard moves
// between rows (arrow keys), selects (space, on the row's box) and opens (enter).
import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  useReactTable,
  type RowSelectionState,
} from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useMemo, useRef, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { LeadOrder } from "../gql/graphql";
import { useFormat } from "../ui/format";
import type { ListedLead } from "./useLeadsList";
import type { LeadsView } from "./view";

const ROW_HEIGHT = 45;
const FETCH_AHEAD = 30; // rows from the end at which the next page is asked for

interface Props {
  leads: ListedLead[];
  view: LeadsView;
  onOrder: (orderBy: LeadOrder, descending: boolean) => void;
  selection: RowSelectionState;
  onSelect: (selection: RowSelectionState) => void;
  more: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
  labelledBy: string;
}

const column = createColumnHelper<ListedLead>();

export function LeadsTable({ leads, view, onOrder, selection, onSelect, more, labelledBy }: Props) {
  const { t } = useTranslation();
  const { date, money } = useFormat();
  const columns = useMemo(
    () => [
      column.display({
        id: "select",
        header: ({ table }) => (
          <input
            type="checkbox"
            aria-label={t("leads.selectAll")}
            checked={table.getIsAllRowsSelected()}
            onChange={table.getToggleAllRowsSelectedHandler()}
          />
        ),
        cell: ({ row }) => (
          <input
            type="checkbox"
            aria-label={t("leads.select", { name: row.original.name })}
            checked={row.getIsSelected()}
            onChange={row.getToggleSelectedHandler()}
          />
        ),
      }),
      column.accessor("name", {
        header: () => t("leads.columns.name"),
        meta: { order: "NAME" },
        cell: ({ row }) => (
          <Link to={`/leads/${encodeURIComponent(row.original.id)}`} data-row={row.index}>
            {row.original.name}
          </Link>
        ),
      }),
      column.accessor("company", { header: () => t("leads.columns.company") }),
      column.accessor((lead) => lead.stage.name, {
        id: "stage",
        header: () => t("leads.columns.stage"),
      }),
      column.accessor((lead) => lead.owner?.name ?? "", {
        id: "owner",
        header: () => t("leads.columns.owner"),
      }),
      column.accessor("score", {
        header: () => t("leads.columns.score"),
        meta: { order: "SCORE" },
      }),
      column.accessor("temperature", {
        header: () => t("leads.columns.temperature"),
        cell: ({ getValue }) => t(`leads.temperatures.${getValue()}`),
      }),
      column.accessor("expectedValue", {
        header: () => t("leads.columns.value"),
        cell: ({ getValue }) => {
          const value = getValue();
          return value ? money(value) : "";
        },
      }),
      column.accessor((lead) => lead.source?.name ?? "", {
        id: "source",
        header: () => t("leads.columns.source"),
      }),
      column.accessor("createdAt", {
        header: () => t("leads.columns.created"),
        meta: { order: "CREATED" },
        cell: ({ getValue }) => date(getValue()),
      }),
    ],
    [t, date, money],
  );
  const table = useReactTable({
    data: leads,
    columns,
    getRowId: (lead) => lead.id,
    state: { rowSelection: selection },
    enableRowSelection: true,
    onRowSelectionChange: (change) =>
      onSelect(typeof change === "function" ? change(selection) : change),
    getCoreRowModel: getCoreRowModel(),
  });
  const rows = table.getRowModel().rows;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    initialRect: { width: 1024, height: 20 * ROW_HEIGHT },
  });
  const shown = virtualizer.getVirtualItems();
  const lastShown = shown.at(-1)?.index ?? 0;

  useEffect(() => {
    if (more.hasNextPage && !more.isFetchingNextPage && lastShown >= rows.length - FETCH_AHEAD) {
      void more.fetchNextPage();
    }
  }, [lastShown, rows.length, more]);

  function moveFocus(event: KeyboardEvent) {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const from = Number((event.target as HTMLElement).closest("tr")?.dataset.index);
    if (Number.isNaN(from)) return;
    const to = Math.min(Math.max(from + (event.key === "ArrowDown" ? 1 : -1), 0), rows.length - 1);
    event.preventDefault();
    virtualizer.scrollToIndex(to);
    requestAnimationFrame(() =>
      scroller.current?.querySelector<HTMLElement>(`a[data-row="${to}"]`)?.focus(),
    );
  }

  const before = shown[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (shown.at(-1)?.end ?? 0);
  return (
    <div
      ref={scroller}
      className="leads-table"
      role="region"
      aria-labelledby={labelledBy}
      tabIndex={0}
    >
      <table aria-labelledby={labelledBy} aria-rowcount={rows.length + 1}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const order = (header.column.columnDef.meta as { order?: LeadOrder } | undefined)
                  ?.order;
                const active = order === view.orderBy;
                const label = flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={active ? (view.descending ? "descending" : "ascending") : undefined}
                  >
                    {order ? (
                      <button
                        type="button"
                        className="link"
                        onClick={() => onOrder(order, active ? !view.descending : order !== "NAME")}
                      >
                        {label}
                        {active && <span aria-hidden="true">{view.descending ? " ↓" : " ↑"}</span>}
                      </button>
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody onKeyDown={moveFocus}>
          {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
          {shown.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <tr
                key={row.id}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                aria-selected={row.getIsSelected()}
                style={{ height: ROW_HEIGHT }}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
                ))}
              </tr>
            );
          })}
          {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
        </tbody>
      </table>
    </div>
  );
}
