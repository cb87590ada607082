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
