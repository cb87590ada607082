// End-to-end: Debian's chromium, headless, against the platform as `make run` serves
// it (embedded mode, SQLite in a folder of its own), with the app's build at /.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 8790);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const LEADHUB = process.env.LEADHUB ?? "../.venv/bin/leadhub";
// The server's folder: its SQLite database, and the outbox the tests read emails
// from (e2e/mail.ts). Kept in the environment, so the test workers, which load
// this file again, find the same one.
process.env.E2E_VAR_DIR ??= mkdtempSync(join(tmpdir(), "leadhub-e2e-"));

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  reporter: [["list"]],
  use: {
    baseURL: BASE_URL,
    launchOptions: { executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium" },
    screenshot: "on",
    trace: "retain-on-failure",
  },
  webServer: {
    command: `${LEADHUB} migrate && ${LEADHUB} serve`,
    url: `${BASE_URL}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(PORT),
      VAR_DIR: process.env.E2E_VAR_DIR,
      // Another build than web/dist, for a run that must not disturb it.
      WEB_APP_DIR: process.env.E2E_WEB_APP_DIR ?? "dist",
      LOG_LEVEL: "WARNING",
    },
  },
});
