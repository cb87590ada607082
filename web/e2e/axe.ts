import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

/** No WCAG 2.1 A or AA violation on the page as it is; a screenshot kept as ``name``. */
export async function checkPage(page: Page, name: string) {
  const found = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const violations = found.violations.map(
    (violation) => `${name}: ${violation.id} at ${violation.nodes.map((n) => n.target).join(", ")}`,
  );
  expect(violations).toEqual([]);
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}
