// Every operation of the contract called with generated bad arguments — missing, of the wrong
// type, huge, with extra keys, unknown ids, `__proto__`, deep nesting — as a hostile or broken
// caller would (fast-check, from each operation's own argument schema, so that calls get past
// the first check and into the handlers too). Whatever comes: dispatch never throws, never
// answers `internal`, and a refused call leaves the data file byte for byte as it was.
import fc from 'fast-check'
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { clockFrom } from '../clock'
import { Desk } from '../desk'
import { contract, operationNames } from '../ops/contract'
import { securityContract } from '../ops/contracts/security'
import { unwrap as value } from '../ops/errors'
import { storePaths } from '../store/paths'
import { tempDir } from '../test-support/tempDir'

const RUNS = Number(process.env.DESK_FUZZ_RUNS ?? 40)

/** Nested `levels` deep: what overflows a recursive validator's stack. */
const nested = (levels: number): unknown => {
  let v: unknown = 'bottom'
  for (let i = 0; i < levels; i++) v = { a: v }
  return v
}

const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 3, maxKeys: 4 }),
  fc.string({ maxLength: 20 }),
  fc.uuid(),
  fc.constantFrom('__proto__', 'constructor', '', '\u0000', '../../etc/passwd', '=HYPERLINK("x")', '<script>alert(1)</script>'),
  fc.constantFrom('x'.repeat(100_001), 'я'.repeat(25_000)),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 2 ** 53, 0.5),
  fc.constantFrom(nested(20), nested(5_000)),
  fc.constantFrom(null, undefined, true, [], {}),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}}')),
)

type Def = { type: string; [key: string]: unknown }
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def

/** Values close to what `schema` accepts, or hostile ones: from the schema's own shape. */
function near(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 6) return hostile
  const def = defOf(schema)
  const inner = (s: unknown) => near(s as z.ZodType, depth + 1)
  const either = (a: fc.Arbitrary<unknown>) => fc.oneof({ weight: 4, arbitrary: a }, { weight: 1, arbitrary: hostile })
  switch (def.type) {
    case 'object': {
      const shape = (def.shape ?? {}) as Record<string, unknown>
      const fields = Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, inner(s)]))
      const known = fc.record(fields, { requiredKeys: [] })
      return either(fc.oneof(known, fc.tuple(known, fc.dictionary(fc.constantFrom('extra', '__proto__', 'isAdmin'), hostile, { maxKeys: 2 })).map(([a, b]) => ({ ...(a as object), ...b }))))
    }
    case 'string':
      return either(fc.oneof(fc.string({ maxLength: 30 }), fc.uuid(), fc.constantFrom('2026-11-28', '2026-02-30', '2026-11-28T10:00:00.000Z')))
    case 'number':
      return either(fc.oneof(fc.integer({ min: -5, max: 1000 }), fc.double()))
    case 'boolean':
      return either(fc.boolean())
    case 'literal':
      return either(fc.constantFrom(...((def.values as unknown[]) ?? [])))
    case 'enum':
      return either(fc.constantFrom(...Object.values((def.entries as Record<string, unknown>) ?? { x: 'x' })))
    case 'array':
      return either(fc.array(inner(def.element), { maxLength: 3 }))
    case 'record':
      return either(fc.dictionary(fc.string({ maxLength: 8 }), inner(def.valueType), { maxKeys: 3 }))
    case 'union':
      return either(fc.oneof(...((def.options as unknown[]) ?? []).map(inner)))
    case 'nullable':
    case 'optional':
    case 'default':
    case 'readonly':
    case 'nonoptional':
      return fc.oneof(inner(def.innerType), fc.constantFrom(null, undefined))
    case 'pipe':
      return inner(def.in)
    default:
      return hostile
  }
}

describe('every operation, called with generated bad arguments', () => {
  it(`never throws, never answers internal, and a refused call changes nothing (${RUNS} calls each)`, { timeout: 600_000 }, async () => {
    const dir = await tempDir()
    const desk = await Desk.open({ dataDir: dir, clock: clockFrom('2026-11-28') })
    value(await desk.dispatch('loadDemo', {}))
    const file = storePaths(dir).dataFile
    const internal: string[] = []
    let calls = 0
    let pastValidation = 0
    // The lock's operations last: once one locks the data, every other call is refused as locked.
    // Each that reaches scrypt costs half a second: fewer of them.
    const lockOps = new Set<string>(Object.keys(securityContract))
    const ordered = [...operationNames.filter((n) => !lockOps.has(n)), ...operationNames.filter((n) => lockOps.has(n))]
    for (const name of ordered) {
      // loadDemo and startEmpty are for a first run only: refused here, as they should be.
      await fc.assert(
        fc.asyncProperty(near(contract[name].args as z.ZodType), async (args) => {
          const before = await readFile(file)
          const answer = await desk.dispatch(name, args)
          calls++
          if (answer.ok || answer.error.code !== 'invalid_arguments') pastValidation++
          if (answer.ok) return
          if (answer.error.code === 'internal') internal.push(`${name}: ${answer.error.message}`)
          await desk.idle()
          expect(Buffer.compare(await readFile(file), before), `${name} refused, yet the file changed`).toBe(0)
        }),
        { numRuns: lockOps.has(name) ? Math.ceil(RUNS / 5) : RUNS, seed: Number(process.env.DESK_FUZZ_SEED ?? 20261202) },
      )
    }
    expect(internal).toEqual([])
    // The arguments are near enough to valid that many calls reach the handlers themselves.
    expect(pastValidation / calls).toBeGreaterThan(0.1)
    // Nothing reached an object's prototype.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses arguments nested deeper than any operation takes, in words', async () => {
    const desk = await Desk.open({ dataDir: await tempDir(), clock: clockFrom('2026-11-28') })
    expect(await desk.dispatch('updateSettings', nested(100_000))).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } })
    expect(await desk.dispatch(nested(10) as never, {})).toMatchObject({ ok: false, error: { code: 'unknown_operation' } })
  })
})
