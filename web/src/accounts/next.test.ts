import { describe, expect, it } from "vitest";
import { pageAfterLogIn } from "./next";

describe("the page after logging in", () => {
  it("is the app's own page that sent the person", () => {
    expect(pageAfterLogIn("/invitations/accept?token=a.b")).toBe("/invitations/accept?token=a.b");
    expect(pageAfterLogIn(null)).toBe("/");
  });

  it("is never another site, however the address is written", () => {
    for (const next of [
      "//evil.example/",
      "/\\evil.example",
      "/\t/evil.example",
      "https://evil.example/",
    ]) {
      expect(pageAfterLogIn(next), next).toBe("/");
    }
  });
});
