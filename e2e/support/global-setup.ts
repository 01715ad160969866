import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumExecutable } from "./chromium";

/** Fails loudly, with what to do, when there is no browser: a browser suite must never skip silently. */
export default function globalSetup() {
  const executable = chromiumExecutable() ?? chromium.executablePath();
  if (!existsSync(executable)) {
    throw new Error(
      `No Chromium found (looked for ${executable}). Install one: \`apt-get install chromium\` (Debian/Ubuntu), ` +
        "`npx playwright install chromium`, or set PLAYWRIGHT_CHROMIUM_EXECUTABLE to a Chromium binary.",
    );
  }
}
