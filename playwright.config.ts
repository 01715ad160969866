import { defineConfig, devices } from "@playwright/test";
import { chromiumExecutable, chromiumLaunchArgs } from "./e2e/support/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${port}`;

/** Browser tests against a production build (`next build` runs first in `npm run test:e2e`). */
export default defineConfig({
  testDir: "./e2e",
  globalSetup: "./e2e/support/global-setup.ts",
  fullyParallel: false,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Separate result folders let parallel runs (E2E_PORT, E2E_POSTGRES_PORT, E2E_CLUSTER_DIR, NEXT_DIST_DIR) coexist.
  outputDir: process.env.E2E_OUTPUT_DIR ?? "test-results",
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: { executablePath: chromiumExecutable(), args: chromiumLaunchArgs },
      },
    },
  ],
  webServer: {
    command: `node --conditions=react-server --import tsx scripts/e2e-server.ts ${port}`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  },
});
