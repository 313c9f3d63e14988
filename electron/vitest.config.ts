import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['electron/**/*.test.ts', 'renderer/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['electron/core/test-support/globalSetup.ts'],
  },
})
