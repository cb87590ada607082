// A chart with its name, and its figures as a table for those who do not see it:
// the drawing is hidden from screen readers, which read the table instead.
import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

export interface FigureRow {
  /** What the row is about (a stage, a month): the row's header. */
  label: string;
  cells: string[];
}

interface Props {
  title: string;
  /** The table's column headers, the rows' own first. */
  columns: string[];
  rows: FigureRow[];
  /** Whether there is nothing to draw: the chart is left out, and said so. */
  empty: boolean;
  children: ReactNode;
}

export function ChartFigure({ title, columns, rows, empty, children }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <figure className="dashboard-chart" aria-labelledby={titleId}>
      <figcaption>
        <h3 id={titleId}>{title}</h3>
      </figcaption>
      {empty ? (
        <p>{t("dashboard.charts.empty")}</p>
      ) : (
        <>
          <div className="dashboard-plot" aria-hidden="true">
            {children}
          </div>
          <table className="visually-hidden">
            <caption>{title}</caption>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(({ label, cells }, index) => (
                <tr key={index}>
                  <th scope="row">{label}</th>
                  {cells.map((cell, column) => (
                    <td key={column}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </figure>
  );
}
