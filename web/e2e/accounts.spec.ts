// Accounts as people meet them: a company signs up, invites a colleague who joins
// from the email's link, a role changes, a password is reset, the language chosen.
import { expect, test } from "@playwright/test";
import { checkPage } from "./axe";
import { logIn } from "./logIn";
import { linkInMail } from "./mail";

const run = Date.now();
const OWNER = {
  companyName: "Fjordkraft Salg AS",
  ownerName: "Åse Ødegård",
  email: `åse.${run}@fjordkraft.example`,
  password: "korrekt hest batteri stift",
};
const REP = {
  name: "Kari Nordmann",
  email: `kari.${run}@fjordkraft.example`,
  password: "blåbærsyltetøy på brødskiva",
};

test.describe.configure({ mode: "serial" });

test("a company signs up and invites a colleague, who joins from the email", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Log in to Leadhub" })).toBeVisible();
  await checkPage(page, "log-in");
  await page.getByRole("link", { name: "Sign up your company" }).click();

  await page.getByLabel("Company name").fill(OWNER.companyName);
  await page.getByLabel("Your name").fill(OWNER.ownerName);
  await page.getByLabel("Work email").fill(OWNER.email);
  await page.getByLabel("Choose a password").fill("kort");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use 10 to 256 characters.")).toBeVisible();
  await checkPage(page, "sign-up");
  await page.getByLabel("Choose a password").fill(OWNER.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: OWNER.companyName })).toBeVisible();
  await checkPage(page, "home");

  await page.getByRole("link", { name: "People" }).click();
  const invite = page.getByRole("form", { name: "Invite someone" });
  await invite.getByLabel("Email").fill(REP.email);
  await invite.getByLabel("Role").selectOption({ label: "Sales rep" });
  const invitedAt = Date.now();
  await invite.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${REP.email}.`)).toBeVisible();
  await expect(page.getByRole("rowheader", { name: REP.email })).toBeVisible();
  await checkPage(page, "people");

  const link = await linkInMail("/invitations/accept", invitedAt);
  await page.getByRole("button", { name: "Log out" }).click();
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Join your team on Leadhub" })).toBeVisible();
  await checkPage(page, "invitation");
  await page.getByLabel("Your name").fill(REP.name);
  await page.getByLabel("Choose a password").fill(REP.password);
  await page.getByRole("button", { name: "Join" }).click();
  await expect(page.getByRole("heading", { level: 1, name: OWNER.companyName })).toBeVisible();
  await expect(page.getByText("The figures count the leads in your reach.")).toBeVisible();
  await expect(page.getByRole("link", { name: `Your profile: ${REP.name}` })).toBeVisible();

  await page.reload(); // the login is kept
  await expect(page.getByRole("link", { name: `Your profile: ${REP.name}` })).toBeVisible();
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page.getByRole("heading", { name: "Log in to Leadhub" })).toBeVisible();
});

test("the owner makes the colleague a sales manager; the last owner stays", async ({ page }) => {
  await logIn(page, OWNER.email, OWNER.password);
  await page.getByRole("link", { name: "People" }).click();
  await page.getByLabel(`Role of ${REP.name}`, { exact: true }).selectOption("SALES_MANAGER");
  await page.getByRole("button", { name: `Change role of ${REP.name}` }).click();
  await expect(page.getByText(`${REP.name} is now Sales manager.`)).toBeVisible();

  await page.getByLabel(`Role of ${OWNER.ownerName}`, { exact: true }).selectOption("ADMIN");
  await page.getByRole("button", { name: `Change role of ${OWNER.ownerName}` }).click();
  await expect(page.getByText("A company needs at least one owner.")).toBeVisible();
  await expect(page.getByLabel(`Role of ${OWNER.ownerName}`, { exact: true })).toHaveValue("OWNER");
  await checkPage(page, "people-refused");

  await page.setViewportSize({ width: 375, height: 740 }); // a phone
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await checkPage(page, "people-phone");
});

test("a forgotten password is reset from the email's link", async ({ page }) => {
  await page.goto("/log-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await page.getByLabel("Email").fill(REP.email);
  const askedAt = Date.now();
  await page.getByRole("button", { name: "Send link" }).click();
  await expect(page.getByRole("status")).toContainText("a link is on its way");
  await checkPage(page, "forgot-password");

  await page.goto(await linkInMail("/password-reset", askedAt));
  await page.getByLabel("New password").fill("et nytt passord for Kari");
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByText("Your password is set")).toBeVisible();
  await checkPage(page, "password-reset");

  await logIn(page, REP.email, REP.password);
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
  await logIn(page, REP.email, "et nytt passord for Kari");
  await expect(page.getByRole("heading", { level: 1, name: OWNER.companyName })).toBeVisible();
});

test("a person chooses bokmål, and the app speaks it wherever they log in", async ({
  page,
  browser,
}) => {
  await logIn(page, REP.email, "et nytt passord for Kari");
  await page.getByRole("link", { name: "Your profile" }).click();
  await page.getByLabel("Language").selectOption("nb");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: "Din profil" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await checkPage(page, "profile-nb");

  const another = await browser.newContext(); // another browser's storage: English at first
  const elsewhere = await another.newPage();
  await logIn(elsewhere, REP.email, "et nytt passord for Kari");
  await expect(elsewhere.getByRole("link", { name: "Personer" })).toBeVisible();
  await elsewhere.getByRole("link", { name: "Personer" }).click();
  await expect(elsewhere.getByRole("table", { name: "Medlemmer" })).toBeVisible();
  await checkPage(elsewhere, "people-nb");
  await another.close();
});
