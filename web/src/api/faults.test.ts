import { describe, expect, it } from "vitest";
import { startI18n } from "../i18n/i18n";
import { describe as describeFault, inOwnWords, type PayloadError } from "./faults";

const { t } = startI18n("en");
const nbT = startI18n("nb").t;

const taken: PayloadError = { field: "name", code: "NAME_TAKEN", message: "Name taken." };

describe("a page's own words for the API's refusals", () => {
  it("words a code the page has words for, in the person's language", () => {
    expect(inOwnWords(t, "settings.refusals", [taken])).toEqual([
      { field: "name", code: "NAME_TAKEN", message: "This is taken: choose another." },
    ]);
    expect(inOwnWords(nbT, "settings.refusals", [taken])[0]?.message).toBe(
      "Dette er allerede i bruk: velg noe annet.",
    );
  });

  it("each page with its own words for the same code", () => {
    expect(inOwnWords(t, "routing.faults", [taken])[0]?.message).toBe("That name is taken.");
    expect(inOwnWords(t, "imports.faults", [taken])[0]?.message).toBe(
      "Another template has that name.",
    );
  });

  it("leaves a code the page has no words for as the API said it", () => {
    const unknown = { field: null, code: "SOMETHING_NEW", message: "Something new." };
    const shared = { field: null, code: "LAST_OWNER", message: "Keep an owner." };
    expect(inOwnWords(t, "settings.refusals", [unknown, shared])).toEqual([unknown, shared]);
    // The words every page shares still come through describe.
    expect(describeFault(t, shared)).toBe("A company needs at least one owner.");
  });

  it("words INVALID only for the fields it is given words for", () => {
    const badName = { field: "name", code: "INVALID", message: "name: too long" };
    const badCost = { field: "cost", code: "INVALID", message: "cost: negative" };
    const noCode = { field: "name", message: "No code at all." };
    const worded = inOwnWords(t, "routing.faults", [badName, badCost, noCode], {
      name: "Give the team a name.",
    });
    expect(worded.map((error) => error.message)).toEqual([
      "Give the team a name.",
      "cost: negative",
      "No code at all.",
    ]);
  });

  it("names in the words what the page gives them", () => {
    // A code worded with a name, as the board words a refused move with the lead's.
    const refused = { field: null, code: "deleteWhich", message: "Refused." };
    const [told] = inOwnWords(t, "imports.templates", [refused], {}, { name: "Standard" });
    expect(told?.message).toBe("Delete the template Standard");
  });

  it("changes nothing for no errors", () => {
    expect(inOwnWords(t, "settings.refusals", [])).toEqual([]);
  });
});
