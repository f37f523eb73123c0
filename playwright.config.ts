import { defineConfig } from '@playwright/test';

/**
 * E2E runs the real renderer in Debian's Chromium against the real core over the HTTP bridge
 * (tests/e2e/fixtures.ts starts a server with a fresh data folder per test). Never download a
 * browser here: the system Chromium is used. The Electron spec launches Electron itself and
 * skips, saying why, where no Electron binary exists.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    headless: true,
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
