import type { Page } from "@playwright/test";

/** Logs in through the log-in page, as a person does. */
export async function logIn(page: Page, email: string, password: string) {
  await page.goto("/log-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
}
