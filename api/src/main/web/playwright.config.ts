import { defineConfig } from '@playwright/test';

// Run by the api module's ResidentAppBrowserTest against the real server with the seed data
// (SIGNPOST_BASE_URL); Debian's Chromium, never a downloaded browser.
export default defineConfig({
  testDir: 'tests/browser',
  timeout: 120_000,
  expect: { timeout: 20_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: process.env.SIGNPOST_SCREENSHOT_DIR ? `${process.env.SIGNPOST_SCREENSHOT_DIR}/results` : 'test-results',
  use: {
    baseURL: process.env.SIGNPOST_BASE_URL ?? 'http://localhost:8080',
    // requests a service worker makes bypass page.route (the strict CSP the journeys add): the offline journey allows it
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.SIGNPOST_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  // the resident app's journeys at a phone and a desktop size; the staff console's (console-*.spec.ts, needing the dev seeds'
  // demo users: the runner sets SIGNPOST_DEMO_PASSWORD) likewise, as projects of their own (--project console-desktop)
  projects: [
    { name: 'phone', testIgnore: /console-|oversight-/, use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
    { name: 'desktop', testIgnore: /console-|oversight-/, use: { viewport: { width: 1280, height: 900 } } },
    { name: 'console-desktop', testMatch: /console-.*\.spec\.ts/, use: { viewport: { width: 1280, height: 900 } } },
    { name: 'console-phone', testMatch: /console-.*\.spec\.ts/, use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
    // the console's coordinator, evaluator and admin journeys (oversight-*.spec.ts) need the people and data that
    // OversightJourneysInChromiumTest makes and hands over in SIGNPOST_OVERSIGHT_*: only that runner has them
    ...(process.env.SIGNPOST_OVERSIGHT ? [
      { name: 'oversight-desktop', testMatch: /oversight-.*\.spec\.ts/, use: { viewport: { width: 1280, height: 900 } } },
      { name: 'oversight-phone', testMatch: /oversight-.*\.spec\.ts/, use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
    ] : []),
  ],
});
