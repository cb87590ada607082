import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const OWNER = {
  companyName: "Fjordkraft Salg AS",
  ownerName: "Åse Ødegård",
  email: `åse.${Date.now()}@fjordkraft.example`,
  password: "korrekt hest batteri stift",
};

async function expectAccessible(page: Page) {
  const found = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(found.violations.map((violation) => violation.id)).toEqual([]);
}

test("a new owner logs in, chooses their company and logs out", async ({ page, request }) => {
  const signedUp = await request.post("/graphql", {
    data: {
      query: `mutation($input: SignUpInput!) { signUp(input: $input) { errors { message } } }`,
      variables: { input: OWNER },
    },
  });
  expect((await signedUp.json()).data.signUp.errors).toEqual([]);

  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Log in to Leadhub" })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("log-in.png"), fullPage: true });

  await page.getByLabel("Email").fill(OWNER.email);
  await page.getByLabel("Password").fill("feil passord");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("alert")).toBeVisible();

  await page.getByLabel("Password").fill(OWNER.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByText(`Signed in as ${OWNER.ownerName}`)).toBeVisible();
  await page.getByRole("button", { name: OWNER.companyName }).click();
  await expect(page.getByRole("heading", { level: 1, name: OWNER.companyName })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("home.png"), fullPage: true });

  await page.reload(); // the login is kept
  await expect(page.getByRole("heading", { level: 1, name: OWNER.companyName })).toBeVisible();
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page.getByRole("heading", { name: "Log in to Leadhub" })).toBeVisible();
});
