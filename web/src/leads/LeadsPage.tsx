// The leads list: a view (filter and order, kept in the address), what it counts,
// the selected leads' bulk actions, and the table.
import type { RowSelectionState } from "@tanstack/react-table";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useRefresh } from "../api/hooks";
import { useLiveNews } from "../api/useLiveRefresh";
import { ExportLeadsButton } from "../imports/ExportLeadsButton";
import { useViewer } from "../shell/viewer";
import { Failed, Loading } from "../ui/states";
import { BulkActions, MOST_AT_ONCE } from "./BulkActions";
import { LeadFilters } from "./LeadFilters";
import { LEAD_CHANGES } from "./changes";
import { LeadsTable } from "./LeadsTable";
import { SavedViews } from "./SavedViews";
import { LEADS_LIST, useLeadsList } from "./useLeadsList";
import { searchOf, viewOf, type LeadsView } from "./view";
import "./leads.css";
import { Status } from "../ui/Status";

export function LeadsPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const view = viewOf(search);
  const list = useLeadsList(view);
  const refresh = useRefresh();
  // Others' changes are offered, not shown at once: the rows would move under the
  // person reading or selecting them.
  const changes = useLiveNews({ kinds: LEAD_CHANGES, besides: useViewer().user.id });
  const [selection, setSelection] = useState<RowSelectionState>({});
  const [notice, setNotice] = useState("");
  // Where focus goes when a bulk action is done and its controls leave with the
  // selection: the sentence that says what happened.
  const said = useRef<HTMLParagraphElement>(null);
  const selected = Object.keys(selection).filter((id) => selection[id]);

  function show(next: LeadsView) {
    setSelection({});
    setSearch(searchOf(next), { replace: true });
  }

  return (
    <>
      <h1 id="leads-title">{t("leads.title")}</h1>
      <p>
        <Link to="/leads/new">{t("lead.new.link")}</Link>
      </p>
      <SavedViews view={view} onOpen={show} onChanged={setNotice} />
      <LeadFilters view={view} onChange={show} />
      <ExportLeadsButton filter={view.filter} />
      <p role="status" className="leads-count" ref={said} tabIndex={-1}>
        {list.total &&
          t(list.total.capped ? "leads.countCapped" : "leads.count", { count: list.total.count })}
        {notice && ` ${notice}`}
      </p>
      {changes.news && (
        <p className="leads-news">
          {t("leads.changed")}{" "}
          <button
            type="button"
            className="link"
            onClick={() => {
              changes.seen();
              void refresh(LEADS_LIST);
              said.current?.focus(); // the offer leaves with the news
            }}
          >
            {t("leads.showLatest")}
          </button>
        </p>
      )}
      {selected.length > MOST_AT_ONCE && (
        <p role="alert">{t("leads.bulk.tooMany", { count: MOST_AT_ONCE })}</p>
      )}
      {selected.length > 0 && selected.length <= MOST_AT_ONCE && (
        <BulkActions
          leadIds={selected}
          onDone={(done) => {
            setNotice(done);
            setSelection({});
            said.current?.focus();
          }}
        />
      )}
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <Failed error={list.error} retry={() => void list.refetch()} />
      ) : list.leads.length === 0 ? (
        <p>{Object.keys(view.filter).length ? t("leads.none") : t("leads.noneYet")}</p>
      ) : (
        <>
          <p className="hint" id="leads-keys">
            {t("leads.keyboard")}
          </p>
          <LeadsTable
            leads={list.leads}
            view={view}
            onOrder={(orderBy, descending) => show({ ...view, orderBy, descending })}
            selection={selection}
            onSelect={setSelection}
            more={list}
            labelledBy="leads-title"
          />
          <Status message={list.isFetchingNextPage ? t("leads.loadingMore") : ""} />
        </>
      )}
    </>
  );
}
