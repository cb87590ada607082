// Issue 14: the leads list is fast at 100,000 leads. Two companies signed up through
// the API, grown straight in the server's database (bench/web_leads.py), one to
// 100,000 leads and one, the baseline, to 100. For each, the browser's own clock
// times opening the list, sorting it, searching it and, for the large one, scrolling
// through further pages; the figures are printed beside each other, each must stay
// under a second at 100,000 leads, and the table draws only the rows on screen.
import { execFile } from "node:child_process";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { graphql, signUp, type Login } from "./api";
import { logIn } from "./logIn";

const BAR_MS = 1000;
const TRIES = 3; // of each timing; the median is kept
const FURTHER_PAGES = 5; // scrolled to, a hundred leads each
// A 720-pixel window shows about a dozen rows of the table; a virtualised table
// draws those and a few around them, however many leads it has loaded.
const MOST_ROWS_DRAWN = 60;
const SEEDING_MS = 60_000; // 100,000 leads take 10 to 15 s on a busy two-core machine
const WAIT_MS = 10_000; // for the list to show what is awaited, before the test fails
const PASSWORD = "korrekt hest batteri stift";
const run = Date.now();

interface Company {
  leads: number;
  email: string;
  login: Login;
}

/** What the list is awaited to show: its first lead (none: no rows), its count as
 * the API counts it (the status's digits), and how many rows it has loaded. */
interface Shows {
  firstLead?: string | null; // not looked at when left out
  count: number;
  loadedRows?: number;
}

declare global {
  interface Window {
    leadsListShown?: Promise<number>;
  }
}

interface Watch {
  shows: Shows;
  from: "navigation" | "action";
  waitMs: number; // before giving up (the page knows nothing of this file's names)
}

/** In the page: from the navigation, or from the next click, input or scroll, the
 * milliseconds until the list shows ``shows``, checked at each change of the DOM;
 * the promise is kept as ``window.leadsListShown``. */
function watchTheList({ shows, from, waitMs }: Watch) {
  const statuses = () => [...document.querySelectorAll('[role="status"]')];
  const described = () =>
    JSON.stringify({
      firstLead: document.querySelector('tbody tr[aria-rowindex="2"] a')?.textContent ?? null,
      statuses: statuses().map((status) => status.textContent),
      rows: document.querySelector("table[aria-rowcount]")?.getAttribute("aria-rowcount"),
    });
  const holds = () => {
    const first = document.querySelector('tbody tr[aria-rowindex="2"] a')?.textContent ?? null;
    const counted = statuses().some(
      (status) => status.textContent?.replace(/\D/g, "") === String(shows.count),
    );
    const rowCount = document.querySelector("table[aria-rowcount]")?.getAttribute("aria-rowcount");
    const loaded = Number(rowCount ?? 1) - 1; // the header is a row too
    const firstShown = shows.firstLead === undefined || first === shows.firstLead;
    return firstShown && counted && loaded >= (shows.loadedRows ?? 0);
  };
  let start = from === "navigation" ? 0 : Number.NaN;
  if (from === "action") {
    const started = (event: Event) => {
      if (Number.isNaN(start)) start = event.timeStamp;
    };
    for (const type of ["click", "input", "scroll"]) {
      document.addEventListener(type, started, { capture: true, once: true });
    }
  }
  window.leadsListShown = new Promise<number>((resolve, reject) => {
    const observer = new MutationObserver(() => {
      if (Number.isNaN(start) || !holds()) return;
      observer.disconnect();
      clearTimeout(giveUp);
      resolve(performance.now() - start);
    });
    observer.observe(document, { subtree: true, childList: true, characterData: true });
    const giveUp = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`the list never showed ${JSON.stringify(shows)}: ${described()}`));
    }, waitMs);
  });
}

async function listShown(page: Page): Promise<number> {
  return page.evaluate(() => {
    if (!window.leadsListShown) throw new Error("the list is not being watched");
    return window.leadsListShown;
  });
}

/** The milliseconds from ``act``'s click, input or scroll until the list shows ``shows``. */
async function timed(page: Page, shows: Shows, act: () => Promise<void>): Promise<number> {
  await page.evaluate(watchTheList, { shows, from: "action", waitMs: WAIT_MS } satisfies Watch);
  await act();
  return listShown(page);
}

const LEADS = `
  query ($filter: LeadFilterInput, $orderBy: LeadOrder!, $descending: Boolean!) {
    tenant {
      leads(first: 100, filter: $filter, orderBy: $orderBy, descending: $descending) {
        totalCount
        edges {
          node {
            name
          }
        }
      }
    }
  }
`;

interface View {
  orderBy: "CREATED" | "SCORE";
  descending: boolean;
  filter?: { text: string };
}

const NEWEST: View = { orderBy: "CREATED", descending: true };
const BEST_SCORED: View = { orderBy: "SCORE", descending: true };

/** The names of the first page of a view, and its count, as the API answers. */
async function listed(request: APIRequestContext, company: Company, view: View) {
  const { tenant } = await graphql<{
    tenant: { leads: { totalCount: number; edges: { node: { name: string } }[] } };
  }>(request, LEADS, { ...view }, company.login);
  return {
    names: tenant.leads.edges.map((edge) => edge.node.name),
    count: tenant.leads.totalCount,
  };
}

/** What the list of a view shows first, as the API answers it. */
async function shownFirst(request: APIRequestContext, company: Company, view: View) {
  const { names, count } = await listed(request, company, view);
  return { firstLead: names[0] ?? null, count };
}

async function signedUp(
  request: APIRequestContext,
  companyName: string,
  ownerName: string,
  leads: number,
): Promise<Company> {
  const email = `${companyName.split(" ")[0]?.toLowerCase()}.${run}@e2e.example`;
  const input = { companyName, ownerName, email, password: PASSWORD, defaultRegion: "NO" };
  return { leads, email, login: await signUp(request, input) };
}

/** The company grown to its leads, straight in the server's SQLite database. */
async function grow(company: Company, seed: number) {
  const varDir = process.env.E2E_VAR_DIR;
  if (!varDir || !company.login.tenantId) throw new Error("no server folder, or no company");
  const { stdout } = await promisify(execFile)(
    resolve("../.venv/bin/python"),
    [
      ...["-m", "bench.web_leads", "--database", join(varDir, "leadhub.db")],
      ...["--tenant", company.login.tenantId, "--leads", String(company.leads)],
      ...["--seed", String(seed)],
    ],
    { cwd: resolve(".."), timeout: SEEDING_MS },
  );
  console.log(stdout.trim());
}

async function loggedIn(browser: Browser, company: Company): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await logIn(page, company.email, PASSWORD);
  await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible();
  return page;
}

interface Figures {
  opened: number[];
  sorted: number[];
  searched: number[];
  furtherPages: number[]; // each page's, scrolled to
  rowsDrawn: number[]; // after each page
}

/** A company's list open in a browser of its own, and what its views show, as the
 * API answers. */
interface ListInBrowser {
  page: Page;
  opening: Shows;
  sorting: Shows;
  searching: Shows;
  figures: Figures;
}

async function openedInBrowser(
  browser: Browser,
  request: APIRequestContext,
  company: Company,
  searched: string,
): Promise<ListInBrowser> {
  const opening = await shownFirst(request, company, NEWEST);
  const page = await loggedIn(browser, company);
  const watch: Watch = { shows: opening, from: "navigation", waitMs: WAIT_MS };
  await page.context().addInitScript(watchTheList, watch);
  // The first visit fetches the list's code, which first-page.spec.ts weighs: not timed.
  await page.goto("/leads");
  await listShown(page);
  return {
    page,
    opening,
    sorting: await shownFirst(request, company, BEST_SCORED),
    searching: await shownFirst(request, company, { ...NEWEST, filter: { text: searched } }),
    figures: { opened: [], sorted: [], searched: [], furtherPages: [], rowsDrawn: [] },
  };
}

/** The list opened, sorted by score, opened again and searched for ``searched``. */
async function timeOnce({ page, sorting, searching, figures }: ListInBrowser, searched: string) {
  const open = async () => {
    await page.goto("/leads"); // a new page each time: nothing of the last is cached
    figures.opened.push(await listShown(page));
  };
  await open();
  const score = page.getByRole("columnheader", { name: "Score", exact: true });
  figures.sorted.push(await timed(page, sorting, () => score.getByRole("button").click()));
  await open();
  const search = page.getByLabel("Search", { exact: true });
  figures.searched.push(await timed(page, searching, () => search.fill(searched)));
}

/** The list scrolled to its end ``furtherPages`` times, each loading a page more. */
async function timeScrolling({ page, opening, figures }: ListInBrowser, furtherPages: number) {
  await page.goto("/leads");
  await listShown(page);
  const table = page.getByRole("table", { name: "Leads" });
  const scroller = page.getByRole("region", { name: "Leads", exact: true });
  for (let further = 1; further <= furtherPages; further += 1) {
    const loaded = { count: opening.count, loadedRows: 100 * (further + 1) };
    const scrolled = () => scroller.evaluate((box) => box.scrollTo(0, box.scrollHeight));
    figures.furtherPages.push(await timed(page, loaded, scrolled));
    figures.rowsDrawn.push((await table.getByRole("row").count()) - 1); // not the header's
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

let baseline: Company;
let large: Company;

test.beforeAll(async ({ playwright }) => {
  test.setTimeout(SEEDING_MS + 10_000);
  const request = await playwright.request.newContext({
    baseURL: test.info().project.use.baseURL,
  });
  baseline = await signedUp(request, "Småbyen Rør AS", "Øyvind Bråten", 100);
  large = await signedUp(request, "Storfjord Salg AS", "Åse Ødegård", 100_000);
  await request.dispose();
  // one after the other: SQLite takes one writer at a time
  await grow(baseline, 1);
  await grow(large, 2);
});

test("the leads list is fast at 100,000 leads, beside 100", async ({ browser, request }) => {
  test.setTimeout(60_000);
  // A surname with one of æ, ø and å that the baseline's leads have, and so the
  // large company's (search folds it: "Sæther" finds "saether" too).
  const { names } = await listed(request, baseline, NEWEST);
  const surname = names.map((name) => name.split(" ").at(-1) ?? "").find((s) => /[æøå]/i.test(s));
  if (surname === undefined) throw new Error("no surname with æ, ø or å among the baseline's");
  const [smallList, bigList] = await Promise.all([
    openedInBrowser(browser, request, baseline, surname),
    openedInBrowser(browser, request, large, surname),
  ]);
  // Tries alternate between the two, so that a slow spell of the machine hits both.
  for (let attempt = 0; attempt < TRIES; attempt += 1) {
    await timeOnce(smallList, surname);
    await timeOnce(bigList, surname);
  }
  await timeScrolling(bigList, FURTHER_PAGES);
  const [small, big] = [smallList.figures, bigList.figures];

  const rows: [string, number[], number[]][] = [
    ["opened: first rows and count shown", small.opened, big.opened],
    ["sorted by score", small.sorted, big.sorted],
    [`searched for "${surname}" (with the 300 ms typing pause)`, small.searched, big.searched],
    ["scrolled: each further page of 100 shown", small.furtherPages, big.furtherPages],
  ];
  console.log(`leads list in the browser, median of the tries (ms; bar ${BAR_MS} at 100,000):`);
  console.log(
    `${"".padEnd(60)}${"100".padStart(8)}${"100,000".padStart(10)}${"ratio".padStart(8)}`,
  );
  for (const [label, ofSmall, ofBig] of rows) {
    const [a, b] = [median(ofSmall), median(ofBig)];
    const ratio = Number.isNaN(a) ? "" : (b / a).toFixed(2);
    const first = Number.isNaN(a) ? "-" : a.toFixed(0);
    console.log(
      `${label.padEnd(60)}${first.padStart(8)}${b.toFixed(0).padStart(10)}${ratio.padStart(8)}`,
    );
  }
  console.log(
    `rows in the DOM, ${100 * (FURTHER_PAGES + 1)} leads loaded: ${Math.max(...big.rowsDrawn)}` +
      ` at most (bar ${MOST_ROWS_DRAWN})`,
  );

  for (const [label, , ofBig] of rows) {
    expect(median(ofBig), `${label}, at 100,000 leads`).toBeLessThan(BAR_MS);
  }
  expect(big.rowsDrawn).toHaveLength(FURTHER_PAGES);
  for (const drawn of big.rowsDrawn) {
    expect(drawn, "rows drawn").toBeGreaterThan(0);
    expect(drawn, "rows drawn").toBeLessThanOrEqual(MOST_ROWS_DRAWN);
  }
});
