import type { ReactNode } from "react";

/** A table that scrolls sideways on a narrow screen, not the page; keyboard users
 * can focus it to scroll it. ``labelledBy``: the id of the table's heading. */
export function TableScroll({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
