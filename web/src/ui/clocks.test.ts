import { describe, expect, it } from "vitest";
import { instantOf, isTimeZone, wallClock } from "./clocks";

describe("times in a time zone", () => {
  it("reads Oslo's clocks in winter and in summer", () => {
    expect(instantOf("2026-01-15T08:00", "Europe/Oslo")).toBe("2026-01-15T07:00:00.000Z");
    expect(instantOf("2026-07-01T08:00", "Europe/Oslo")).toBe("2026-07-01T06:00:00.000Z");
    expect(wallClock("2026-07-01T06:00:00+00:00", "Europe/Oslo")).toBe("2026-07-01T08:00");
    expect(wallClock("2026-12-31T23:30:00Z", "Europe/Oslo")).toBe("2027-01-01T00:30");
  });

  it("gives back what it was given, on either side of a change of the clocks", () => {
    for (const local of ["2026-03-29T01:59", "2026-03-29T03:00", "2026-10-25T03:00"]) {
      expect(wallClock(instantOf(local, "Europe/Oslo"), "Europe/Oslo")).toBe(local);
    }
    expect(instantOf("2026-07-01T08:00", "America/New_York")).toBe("2026-07-01T12:00:00.000Z");
  });

  it("knows a time zone from a typo", () => {
    expect(isTimeZone("Europe/Oslo")).toBe(true);
    expect(isTimeZone("Europa/Oslo")).toBe(false);
  });
});
