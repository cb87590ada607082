import { describe, expect, it } from "vitest";
import { readDecimal, readWholeNumber } from "./numbers";

describe("a number as people type it", () => {
  it("reads a decimal comma or point, and spaces between thousands", () => {
    expect(readDecimal("12,5")).toBe("12.5");
    expect(readDecimal("12.5")).toBe("12.5");
    expect(readDecimal("125 000,50")).toBe("125000.50");
    expect(readDecimal("125\u00a0000")).toBe("125000");
    expect(readDecimal("\u22125")).toBe("-5");
  });

  it("reads grouped thousands as thousands, never as a decimal", () => {
    expect(readDecimal("1,000")).toBe("1000");
    expect(readDecimal("12,000,000")).toBe("12000000");
    expect(readDecimal("12,500.50")).toBe("12500.50");
    expect(readDecimal("12.500,50")).toBe("12500.50");
  });

  it("refuses what it cannot read", () => {
    expect(readDecimal("")).toBeNull();
    expect(readDecimal("tolv")).toBeNull();
    expect(readDecimal("1,2,3")).toBeNull();
    expect(readDecimal("12 kr")).toBeNull();
    expect(readWholeNumber("7,5")).toBeNull();
  });
});
