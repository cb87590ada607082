import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { I18nextProvider } from "react-i18next";
import { afterEach, describe, expect, it } from "vitest";
import { startI18n } from "../i18n/i18n";
import { MorePages } from "./MorePages";

afterEach(cleanup);

const PAGES = [["Åse", "Bjørn"], ["Kari"], ["Ola"]];

/** A list of names a page at a time, as ``asCards`` cards in a div or items of a
 * list; the next page comes when the test says (``arrive``). */
function Names({ asCards, asChoice = false }: { asCards: boolean; asChoice?: boolean }) {
  const [shown, setShown] = useState(1);
  const [fetching, setFetching] = useState(false);
  const names = PAGES.slice(0, shown).flat();
  const pages = {
    hasNextPage: shown < PAGES.length,
    isFetchingNextPage: fetching,
    fetchNextPage: () => setFetching(true),
  };
  return (
    <>
      {asChoice ? (
        <select aria-label="Name">
          {names.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
      ) : asCards ? (
        <div>
          {names.map((name) => (
            <article key={name}>{name}</article>
          ))}
        </div>
      ) : (
        <ul>
          {names.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
      )}
      <MorePages pages={pages} />
      <button
        type="button"
        onClick={() => {
          setShown((count) => count + 1);
          setFetching(false);
        }}
      >
        arrive
      </button>
    </>
  );
}

function renderNames(asCards: boolean, asChoice = false) {
  render(
    <I18nextProvider i18n={startI18n("en")}>
      <Names asCards={asCards} asChoice={asChoice} />
    </I18nextProvider>,
  );
  const more = () => screen.getByRole("button", { name: "Show more" });
  const arrive = () => act(() => screen.getByRole("button", { name: "arrive" }).click());
  return { more, arrive };
}

describe("the next page of a list", () => {
  it.each([false, true])(
    "keeps the focus, then gives it to the last page's first (cards: %s)",
    (asCards) => {
      const { more, arrive } = renderNames(asCards);
      const button = more();
      button.focus();
      fireEvent.click(button);
      expect(button.getAttribute("aria-disabled")).toBe("true"); // busy, but focused
      expect(button.textContent).toBe("Loading…");
      expect(document.activeElement).toBe(button);
      arrive();
      expect(document.activeElement).toBe(more()); // another page to come: it stays
      fireEvent.click(more());
      arrive();
      expect(screen.queryByRole("button", { name: "Show more" })).toBeNull();
      expect(document.activeElement?.textContent).toBe("Ola");
    },
  );

  it("gives the focus to a choice's select, whose options cannot take it", () => {
    const { more, arrive } = renderNames(false, true);
    fireEvent.click(more());
    arrive();
    fireEvent.click(more());
    arrive();
    expect(document.activeElement).toBe(screen.getByRole("combobox", { name: "Name" }));
  });
});
