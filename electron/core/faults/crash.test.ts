// Crash: see crashRun.ts. DESK_FAULT_KILLS sets how many kills (npm run soak makes 500).
import { describe, expect, it } from 'vitest'
import { crashRun } from './crashRun'

const KILLS = Number(process.env.DESK_FAULT_KILLS ?? 50)
/** Each unlock costs a scrypt derivation: fewer kills keep the suite within its time. */
const ENCRYPTED_KILLS = Number(process.env.DESK_FAULT_ENCRYPTED_KILLS ?? 15)

describe('the core killed at random moments while it saves', () => {
  it(`loses no acknowledged change and never leaves an invalid file (${KILLS} kills)`, { timeout: KILLS * 5_000 }, async () => {
    const figures = await crashRun(KILLS, Number(process.env.DESK_FAULT_SEED ?? 20261202))
    console.log(`crash faults: ${JSON.stringify(figures)}`)
    expect(figures.kills).toBe(KILLS)
    expect(figures.acknowledged).toBeGreaterThan(KILLS)
    expect(figures).toMatchObject({ lost: 0, invalidFiles: 0, recoveryNotices: 0 })
    expect(figures.maxTempFiles).toBeLessThanOrEqual(1)
  })

  it(`does the same with encryption at rest on (${ENCRYPTED_KILLS} kills; each fresh core unlocked first)`, { timeout: ENCRYPTED_KILLS * 8_000 }, async () => {
    const figures = await crashRun(ENCRYPTED_KILLS, Number(process.env.DESK_FAULT_SEED ?? 20261203), 'фраза для проверки сбоев')
    console.log(`crash faults, encrypted: ${JSON.stringify(figures)}`)
    expect(figures.kills).toBe(ENCRYPTED_KILLS)
    expect(figures.acknowledged).toBeGreaterThan(ENCRYPTED_KILLS / 2)
    expect(figures).toMatchObject({ lost: 0, invalidFiles: 0, recoveryNotices: 0 })
    expect(figures.maxTempFiles).toBeLessThanOrEqual(1)
  })
})
