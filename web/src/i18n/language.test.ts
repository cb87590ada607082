import { describe, expect, it } from "vitest";
import { en } from "./en";
import { browserLanguage, savedLanguage } from "./language";
import { nb } from "./nb";

describe("the browser's language", () => {
  it("reads Norwegian in any written form as bokmål", () => {
    expect(browserLanguage(["nb-NO", "en"])).toBe("nb");
    expect(browserLanguage(["nn"])).toBe("nb");
    expect(browserLanguage(["no"])).toBe("nb");
  });

  it("takes the first the app speaks, and English for none", () => {
    expect(browserLanguage(["sv-SE", "en-US", "nb"])).toBe("en");
    expect(browserLanguage(["de", "fr"])).toBe("en");
    expect(browserLanguage([])).toBe("en");
  });

  it("keeps only a choice the app knows", () => {
    localStorage.setItem("leadhub.language", "nb");
    expect(savedLanguage(localStorage)).toBe("nb");
    localStorage.setItem("leadhub.language", "sv");
    expect(savedLanguage(localStorage)).toBeNull();
  });
});

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[prefix + key, value]] : leaves(value, `${prefix}${key}.`),
  );
}

const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();

describe("the catalogues", () => {
  const english = new Map(leaves(en));

  it("say every message in bokmål, with the same placeholders", () => {
    const norwegian = leaves(nb);
    expect(norwegian.map(([key]) => key)).toEqual([...english.keys()]);
    for (const [key, text] of norwegian) {
      expect(text.trim(), key).not.toBe("");
      expect(placeholders(text), key).toEqual(placeholders(english.get(key) ?? ""));
    }
  });
});
