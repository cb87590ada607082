// A company's day in the app: a list imported while the dashboard and a goal
// follow it live, a lead moved across the board and routed, a call logged, the
// routing and settings pages, and an API client registered. Each page is checked
// with axe and kept as a screenshot.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { accepted, graphql, signUp, type Login } from "./api";
import { logIn } from "./logIn";
import { checkPage } from "./axe";
import { linkInMail } from "./mail";

const run = Date.now();
const OWNER = {
  companyName: "Havbris Salg AS",
  ownerName: "Åse Ødegård",
  email: `ase.${run}@havbris.example`,
  password: "korrekt hest batteri stift",
  defaultRegion: "NO",
};
const REP = { name: "Kari Nordmann", email: `kari.${run}@havbris.example` };
// A partner's app, whose address the browser never leaves for: its answers are faked.
const PARTNER = "https://crm.fjordkraft.example";
const PASSWORD = "blåbærsyltetøy på brødskiva";

// A list as Norwegian Excel saves it: Windows-1252, semicolons, Norwegian headers.
const LIST = Buffer.from(
  [
    "Navn;E-post;Telefon;Firma",
    "Åse Bråten;ase@bratenbygg.example;412 34 567;Bråten Bygg AS",
    "Øystein Ærø;oystein@fjordfisk.example;(+47) 92 67 88 28;Fjordfisk AS",
    "Kåre Løvås;kare@lovas.example;+47 48 12 34 56;Løvås Elektro",
  ].join("\r\n"),
  "latin1",
);

let owner: Login;

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ playwright }) => {
  const request = await playwright.request.newContext({
    baseURL: test.info().project.use.baseURL,
  });
  owner = await signUp(request, OWNER);

  const invitedAt = Date.now();
  accepted(
    (
      await graphql(
        request,
        `
          mutation ($input: InviteMemberInput!) {
            inviteMember(input: $input) {
              errors {
                message
              }
            }
          }
        `,
        { input: { email: REP.email, role: "SALES_REP" } },
        owner,
      )
    ).inviteMember,
  );
  const token = new URLSearchParams(
    (await linkInMail("/invitations/accept", invitedAt)).split("?")[1],
  ).get("token");
  const { acceptInvitation } = await graphql(
    request,
    `
      mutation ($input: AcceptInvitationInput!) {
        acceptInvitation(input: $input) {
          membership {
            user {
              id
            }
          }
          errors {
            message
          }
        }
      }
    `,
    { input: { token, name: REP.name, password: PASSWORD } },
  );
  const repId = accepted(acceptInvitation).membership.user.id;

  const { createTeam } = await graphql(
    request,
    `
      mutation {
        createTeam(input: { name: "Team Sør" }) {
          team {
            id
          }
          errors {
            message
          }
        }
      }
    `,
    {},
    owner,
  );
  const teamId = accepted(createTeam).team.id;
  accepted(
    (
      await graphql(
        request,
        `
          mutation ($input: TeamMemberInput!) {
            addTeamMember(input: $input) {
              errors {
                message
              }
            }
          }
        `,
        { input: { teamId, userId: repId } },
        owner,
      )
    ).addTeamMember,
  );
  accepted(
    (
      await graphql(
        request,
        `
          mutation ($input: CreateRoutingRuleInput!) {
            createRoutingRule(input: $input) {
              errors {
                message
              }
            }
          }
        `,
        { input: { rule: { name: "Alle leads til Team Sør", target: { kind: "TEAM", teamId } } } },
        owner,
      )
    ).createRoutingRule,
  );
  const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Oslo" }).format(new Date());
  accepted(
    (
      await graphql(
        request,
        `
          mutation ($input: GoalInput!) {
            createGoal(input: $input) {
              errors {
                message
              }
            }
          }
        `,
        {
          input: {
            name: "Nye leads denne måneden",
            metric: "LEAD_VOLUME",
            target: "10",
            period: "MONTH",
            firstDay: today,
            teamIds: [teamId],
          },
        },
        owner,
      )
    ).createGoal,
  );
  await request.dispose();
});

async function ownersPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await logIn(page, OWNER.email, OWNER.password);
  await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible();
  return page;
}

test("a list is imported while the dashboard and its goal follow it live", async ({ browser }) => {
  const dashboard = await ownersPage(browser);
  const goal = dashboard.getByRole("progressbar", { name: /Nye leads denne måneden/ });
  await expect(goal).toBeVisible();
  await expect(goal).toHaveAttribute("value", "0");
  await checkPage(dashboard, "dashboard-before");

  const imports = await dashboard.context().newPage(); // another tab, the same login
  await imports.goto("/imports");
  await expect(imports.getByRole("heading", { level: 1, name: "Imports" })).toBeVisible();
  await checkPage(imports, "imports");
  await imports.getByRole("link", { name: "New import" }).first().click();
  await imports.getByLabel("File", { exact: true }).setInputFiles({
    name: "messeliste.csv",
    mimeType: "text/csv",
    buffer: LIST,
  });
  await imports.getByLabel("Encoding").selectOption("windows-1252");
  await checkPage(imports, "import-upload");
  await imports.getByRole("button", { name: "Upload" }).click();

  await expect(imports.getByLabel("Lead field for the column Navn")).toHaveValue("name");
  await expect(imports.getByLabel("Lead field for the column Telefon")).toHaveValue("phone");
  await expect(imports.getByText("Bråten Bygg AS").first()).toBeVisible();
  await checkPage(imports, "import-mapping");
  await imports.getByRole("button", { name: "Start import" }).click();
  await expect(imports.getByText("The import is finished.")).toBeVisible({ timeout: 30_000 });
  await checkPage(imports, "import-finished");

  // the dashboard heard of the new leads and counted again
  await expect(goal).not.toHaveAttribute("value", "0", { timeout: 15_000 });
  await expect(dashboard.getByText("3 of 10", { exact: false })).toBeVisible();
  // the funnel chart counts them too (its figures, as a screen reader reads them)
  const funnel = dashboard.getByRole("figure", { name: "Funnel" });
  await expect(funnel.getByRole("row", { name: /Suspect.*3/ })).toHaveCount(1);
  await checkPage(dashboard, "dashboard-after");
});

test("a lead moved to the sales stage is routed, and a call is logged", async ({ browser }) => {
  const page = await ownersPage(browser);
  await page.getByRole("link", { name: "Leads", exact: true }).click();
  await expect(page.getByRole("table", { name: "Leads" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Øystein Ærø" })).toBeVisible();
  await page.getByLabel("Search").fill("brat");
  await expect(page.getByText("1 leads")).toBeVisible();
  await checkPage(page, "leads");

  await page.getByRole("link", { name: "Pipeline" }).click();
  // dragged with the keyboard, as dnd-kit lets: pick up, a stage to the right, drop
  await page.getByRole("button", { name: "Move Kåre Løvås", exact: true }).focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Space");
  await expect(page.getByText("Kåre Løvås is now in Marketing qualified lead.")).toBeVisible();
  await page
    .getByLabel("Stage to move Åse Bråten to")
    .selectOption({ label: "Sales qualified lead" });
  await page.getByRole("button", { name: "Move Åse Bråten to the chosen stage" }).click();
  await expect(page.getByText("Åse Bråten is now in Sales qualified lead.")).toBeVisible();
  await checkPage(page, "board");

  await page.getByRole("link", { name: "Åse Bråten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Åse Bråten" })).toBeVisible();
  const routing = page.getByRole("region", { name: "Routing" });
  await expect(routing.getByText(`Given to ${REP.name}`)).toBeVisible();
  await expect(routing.getByText(/By the rule “Alle leads til Team Sør”/)).toBeVisible();

  const log = page.getByRole("form", { name: "Log an activity" });
  await log.getByLabel("What was said or done").fill("Ringte 412 34 567: vil ha tilbud før jul.");
  await log.getByLabel("Outcome").selectOption("CONNECTED");
  await log.getByLabel("Minutes").fill("5");
  await log.getByRole("button", { name: "Log it" }).click();
  await expect(page.getByText("Call logged.")).toBeVisible();
  await expect(page.getByText("Call · Connected · 5 min")).toBeVisible();
  await checkPage(page, "lead");
});

test("the routing and settings pages, and an API client registered", async ({ browser }) => {
  const page = await ownersPage(browser);
  const pages: [string, string][] = [
    ["/routing", "routing"],
    ["/routing/teams", "routing-teams"],
    ["/routing/rules", "routing-rules"],
    ["/routing/availability", "routing-availability"],
    ["/settings", "settings"],
    ["/settings/sources", "settings-sources"],
    ["/settings/stages", "settings-stages"],
    ["/settings/scoring", "settings-scoring"],
    ["/settings/fields", "settings-fields"],
    ["/settings/webhooks", "settings-webhooks"],
    ["/imports/exports", "exports"],
    ["/people", "people"],
  ];
  for (const [path, name] of pages) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Loading" })).toHaveCount(0);
    await checkPage(page, name);
  }

  await page.setViewportSize({ width: 375, height: 740 }); // a phone
  for (const [path, name] of [
    ["/", "dashboard-phone"],
    ["/leads", "leads-phone"],
    ["/board", "board-phone"],
    ["/imports", "imports-phone"],
    ["/settings", "settings-phone"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow, `${path} is wider than the phone`).toBeLessThanOrEqual(0);
    await checkPage(page, name);
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.goto("/routing/dry-run");
  await page.getByLabel("Name", { exact: true }).fill("Bjørn Ærlig");
  await page.getByRole("button", { name: "See who would get it" }).click();
  await expect(page.getByText(REP.name).first()).toBeVisible();
  await checkPage(page, "routing-dry-run");

  await page.goto("/settings/api-clients");
  await page.getByLabel("Name of the app").fill("Fjordkraft CRM-synk");
  await page.getByLabel("Redirect URIs, one per line").fill(`${PARTNER}/callback`);
  await page.getByLabel("Read leads with their scores", { exact: false }).check();
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByText("Fjordkraft CRM-synk is registered.")).toBeVisible();
  await expect(page.getByLabel("The client secret of Fjordkraft CRM-synk")).toBeVisible();
  await checkPage(page, "api-clients");

  // The partner's app sends a person to the consent page the settings link to: they
  // allow it, and the app is sent its code (with the state and PKCE it added).
  const consent = await page.getByLabel("Consent page link").first().inputValue();
  const person = await (await browser.newContext()).newPage();
  await person.route(`${PARTNER}/**`, (route) => route.fulfill({ body: "Connected." }));
  const challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"; // RFC 7636's example
  await person.goto(`${consent}&state=s-${run}&code_challenge=${challenge}`);
  await expect(person.getByText("Fjordkraft CRM-synk asks to work with the leads")).toBeVisible();
  await checkPage(person, "consent");
  await person.getByLabel("Your email").fill(OWNER.email);
  await person.getByLabel("Your password").fill(OWNER.password);
  const sentBack = person.waitForRequest((sent) => sent.url().startsWith(`${PARTNER}/callback`));
  await person.getByRole("button", { name: "Allow" }).click();
  const answer = new URL((await sentBack).url());
  expect(answer.searchParams.get("state")).toBe(`s-${run}`);
  expect(answer.searchParams.get("code")).toBeTruthy();
});
