// Temporary data folders for unit tests, removed after each test.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'

const made: string[] = []

// Retried: a store opened by a test may still be making its background daily backup.
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 20 })))
})

export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'desk-test-'))
  made.push(dir)
  return dir
}

/** A clock that stays at one instant, for tests that compare backup days. */
export const fixedClock = (iso: string) => () => new Date(iso)
