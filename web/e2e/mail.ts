// The emails the server sent, as embedded mode writes them: one .eml file each in
// its outbox (VAR_DIR/mail). Tests run one at a time, so the newest is theirs.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect } from "@playwright/test";

const OUTBOX = join(process.env.E2E_VAR_DIR ?? "", "mail");

function newestMailWith(path: string, since: number): string | undefined {
  let files: string[] = [];
  try {
    files = readdirSync(OUTBOX).map((name) => join(OUTBOX, name));
  } catch {
    return undefined; // nothing sent yet
  }
  return files
    .filter((file) => statSync(file).mtimeMs >= since)
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
    .map((file) => readFileSync(file, "utf8"))
    .find((mail) => mail.includes(path));
}

/** The path and query of the link to ``path`` in the newest email sent since
 * ``since`` (a Date.now()), waiting for it to arrive. */
export async function linkInMail(path: string, since: number): Promise<string> {
  let link = "";
  await expect
    .poll(() => {
      const mail = newestMailWith(path, since);
      const url = mail?.match(/https?:\/\/\S+/g)?.find((found) => found.includes(path));
      link = url ? new URL(url).pathname + new URL(url).search : "";
      return link;
    })
    .not.toBe("");
  return link;
}
