import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

/** The page titled by its heading, no WCAG 2.1 A or AA violation on it as it is, and a
 * screenshot kept as ``name``. */
export async function checkPage(page: Page, name: string) {
  await expect(page, `${name} is titled by its heading`).toHaveTitle(/. · Leadhub$/);
  const found = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const violations = found.violations.map(
    (violation) => `${name}: ${violation.id} at ${violation.nodes.map((n) => n.target).join(", ")}`,
  );
  expect(violations).toEqual([]);
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}
