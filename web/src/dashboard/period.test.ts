import { describe, expect, it } from "vitest";
import { bucketFor, calendarPeriod, todayIn } from "./period";
import { paramsOf, periodOf, viewOf } from "./view";

describe("the dashboard's periods", () => {
  it("takes today from the company's clock, not the browser's", () => {
    const lateOnNovember30 = new Date("2026-11-30T23:30:00Z");
    expect(todayIn("Europe/Oslo", lateOnNovember30)).toBe("2026-12-01");
    expect(todayIn("UTC", lateOnNovember30)).toBe("2026-11-30");
    expect(todayIn("America/New_York", lateOnNovember30)).toBe("2026-11-30");
  });

  it("names whole calendar periods around today", () => {
    expect(calendarPeriod("month", "2028-02-14")).toEqual({
      firstDay: "2028-02-01",
      lastDay: "2028-02-29",
    });
    expect(calendarPeriod("lastMonth", "2027-01-10")).toEqual({
      firstDay: "2026-12-01",
      lastDay: "2026-12-31",
    });
    expect(calendarPeriod("quarter", "2026-11-30")).toEqual({
      firstDay: "2026-10-01",
      lastDay: "2026-12-31",
    });
    expect(calendarPeriod("year", "2026-05-17")).toEqual({
      firstDay: "2026-01-01",
      lastDay: "2026-12-31",
    });
  });

  it("draws weeks for a quarter or less, months past it", () => {
    expect(bucketFor({ firstDay: "2026-10-01", lastDay: "2026-12-31" })).toBe("WEEK");
    expect(bucketFor({ firstDay: "2026-10-01", lastDay: "2027-01-01" })).toBe("MONTH");
  });

  it("says what is wrong with custom days, by the field at fault", () => {
    const custom = (from: string, to: string) =>
      periodOf(viewOf(new URLSearchParams({ period: "custom", from, to })), "2026-12-01");
    expect(custom("2026-03-01", "2026-03-31")).toEqual({
      period: { firstDay: "2026-03-01", lastDay: "2026-03-31" },
    });
    expect(custom("", "2026-03-31")).toEqual({ faults: { from: "fromMissing" } });
    expect(custom("2026-03-01", "2026-02-28")).toEqual({ faults: { to: "endsBeforeStart" } });
    expect(custom("2016-01-01", "2026-01-08")).toEqual({ faults: { to: "tooLong" } });
  });

  it("keeps a view in the address without what is as by default", () => {
    const view = viewOf(new URLSearchParams("period=month&from=2026-01-01&team=VGVhbTox"));
    expect(view).toEqual({
      period: "month",
      from: "2026-01-01",
      to: "",
      teamId: "VGVhbTox",
      userId: "",
      sourceId: "",
    });
    expect(paramsOf(view).toString()).toBe("team=VGVhbTox");
    expect(paramsOf({ ...view, period: "custom", to: "2026-02-01" }).toString()).toBe(
      "period=custom&from=2026-01-01&to=2026-02-01&team=VGVhbTox",
    );
    expect(viewOf(new URLSearchParams("period=decade")).period).toBe("month");
  });
});
