import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['electron/**/*.test.ts', 'renderer/**/*.test.ts', 'e2e/fixtures/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['electron/core/test-support/globalSetup.ts'],
    // A limit for a test that hangs, not a measure of speed (that is `npm run bench`): files such
    // as a Word brief take seconds when the two cores are busy with the rest of the suite.
    testTimeout: 30_000,
  },
})
