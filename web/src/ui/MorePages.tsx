import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

interface Pages {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

/** A list's entries: a table's rows (the table may be wrapped), else its children
 * (a list's items, a column's cards); none of a control (a select's options cannot
 * take the focus: the select does). */
function entriesOf(list: Element): ArrayLike<Element> {
  if (list.matches("select, input, textarea, button")) return [];
  const table = list instanceof HTMLTableElement ? list : list.querySelector("table");
  return table?.tBodies[0]?.rows ?? list.children;
}

/** The button that fetches a list's next page, while it has one; it follows the
 * list it pages. When the last page comes and the button goes, the focus it had
 * goes to the first entry that page showed (or the list), not to the page's body. */
export function MorePages({ pages }: { pages: Pages }) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  // The list, and how many entries it had, as the person asked for more.
  const asked = useRef<{ list: Element; shown: number } | null>(null);
  const { hasNextPage, isFetchingNextPage } = pages;

  useEffect(() => {
    const { current } = asked;
    if (!current || isFetchingNextPage) return;
    asked.current = null;
    if (hasNextPage) return; // the button stays, and keeps the focus
    const entry = entriesOf(current.list)[current.shown] ?? current.list;
    if (!(entry instanceof HTMLElement)) return;
    if (!entry.hasAttribute("tabindex")) entry.tabIndex = -1;
    entry.focus();
  }, [hasNextPage, isFetchingNextPage]);

  if (!hasNextPage) return null;
  return (
    <button
      ref={button}
      type="button"
      className="secondary"
      // Not disabled: a disabled button loses the focus, which falls to the page.
      aria-disabled={isFetchingNextPage}
      onClick={() => {
        if (isFetchingNextPage) return;
        const list = button.current?.previousElementSibling;
        if (list) asked.current = { list, shown: entriesOf(list).length };
        void pages.fetchNextPage();
      }}
    >
      {isFetchingNextPage ? t("app.loading") : t("app.more")}
    </button>
  );
}
