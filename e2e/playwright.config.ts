// One suite, two hosts (ARCHITECTURE.md, "Two test hosts, one suite"): the app fixture reads
// the project name to decide where the app runs. The electron project skips, saying why, where
// the Electron binary is not installed.
import { defineConfig } from '@playwright/test'

export default defineConfig({
  testDir: '.',
  // Specs only: the fixtures' own unit tests (*.test.ts) run in vitest with the rest.
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  globalSetup: './fixtures/globalSetup.ts',
  // The build machines have two cores.
  workers: 2,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  timeout: 60_000,
  projects: [{ name: 'chromium' }, { name: 'electron' }],
})
