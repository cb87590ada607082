import { describe, expect, it } from "vitest";
import { searchOf, viewOf } from "./view";

describe("a leads view in the address", () => {
  it("reads every part it knows", () => {
    const view = viewOf(
      new URLSearchParams(
        "q=%C3%98deg%C3%A5rd&stage=U3RhZ2U6MQ%3D%3D&owner=VXNlcjox&owner=VXNlcjoy" +
          "&temperature=HOT&minScore=40&order=SCORE&direction=asc&tag=messe",
      ),
    );
    expect(view).toEqual({
      filter: {
        text: "Ødegård",
        stageIds: ["U3RhZ2U6MQ=="],
        ownerIds: ["VXNlcjox", "VXNlcjoy"],
        tags: ["messe"],
        temperatures: ["HOT"],
        minScore: 40,
      },
      orderBy: "SCORE",
      descending: false,
    });
  });

  it("leaves what it cannot read at its default", () => {
    const view = viewOf(new URLSearchParams("order=SIZE&minScore=lots&temperature=TEPID&q=%20"));
    expect(view).toEqual({ filter: {}, orderBy: "CREATED", descending: true });
  });

  it("writes what it reads, and nothing for the defaults", () => {
    const view = viewOf(new URLSearchParams("q=kari&source=U291cmNlOjE%3D&order=NAME"));
    expect(viewOf(searchOf(view))).toEqual(view);
    expect(searchOf(view).toString()).toBe("q=kari&source=U291cmNlOjE%3D&order=NAME");
    expect(searchOf(viewOf(new URLSearchParams())).toString()).toBe("");
  });
});

describe("a saved view's every condition", () => {
  it("survives the address, so opening it shows the leads it was saved with", () => {
    const view = {
      filter: {
        teamIds: ["VGVhbTox"],
        sourceKinds: ["TRADE_FAIR" as const],
        maxScore: 80,
        createdAfter: "2026-11-01T00:00:00+01:00",
        updatedBefore: "2026-11-30T23:59:59+01:00",
        parked: false,
      },
      orderBy: "UPDATED" as const,
      descending: true,
    };
    expect(viewOf(searchOf(view))).toEqual(view);
  });
});
