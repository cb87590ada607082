import { describe, expect, it } from "vitest";
import { phoneShown } from "./phone";

describe("a phone number shown", () => {
  it("is grouped as its country writes it, with its code", () => {
    // Norway's eight digits in pairs, as the numbering plan writes them
    expect(phoneShown("+4741234567")).toBe("+47 41 23 45 67");
    expect(phoneShown("+4792678828")).toBe("+47 92 67 88 28");
    expect(phoneShown("+46701234567")).toBe("+46 70 123 45 67");
  });

  it("is kept as it is when it cannot be read", () => {
    expect(phoneShown("+999")).toBe("+999");
  });
});
