// What the installed app holds, checked here without a real Electron: electron-builder's `dir`
// target runs offline with `electronDist` pointing at a stand-in Electron folder, so this sees
// the packed app.asar (only the built app: no node_modules, sources, tests or source maps), the
// fuses as they are flipped in the binary (the stand-in carries Electron's fuse wire), and the
// .ddx file association in the config. What it cannot see: that the real binary starts.
import { execFile } from 'node:child_process'
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../core/test-support/tempDir'
import { repoRoot } from './build'

const run = promisify(execFile)
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
/** Electron 45's fuse wire as it ships: RunAsNode, cookies, NODE_OPTIONS, --inspect, asar integrity, asar only, V8 snapshot, file:// privileges. */
const SHIPPED_WIRE = '10110001'

async function standInElectron(): Promise<string> {
  const dir = await tempDir()
  const binary = Buffer.concat([Buffer.from('#!/bin/sh\necho "a stand-in, not Electron"\n# '), Buffer.from(SENTINEL), Buffer.from([1, SHIPPED_WIRE.length]), Buffer.from(SHIPPED_WIRE), Buffer.from('\n')])
  await writeFile(join(dir, 'electron'), binary, { mode: 0o755 })
  await mkdir(join(dir, 'resources'))
  return dir
}

describe.skipIf(process.platform !== 'linux')('the packaged app (electron-builder --dir, offline, on Linux)', () => {
  it('holds only the built app, under 20 MB, with the fuses flipped and .ddx files associated', { timeout: 300_000 }, async () => {
    const output = await tempDir()
    await run(join(repoRoot, 'node_modules', '.bin', 'electron-builder'), ['--config', 'electron-builder.yml', '--dir', '--linux', `-c.electronDist=${await standInElectron()}`, `-c.directories.output=${output}`], {
      cwd: repoRoot,
      env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
      maxBuffer: 16 * 1024 * 1024,
    })
    const unpacked = join(output, 'linux-unpacked')
    const asar = join(unpacked, 'resources', 'app.asar')
    const { stdout } = await run(join(repoRoot, 'node_modules', '.bin', 'asar'), ['list', asar], { maxBuffer: 64 * 1024 * 1024 })
    const entries = stdout.split('\n').filter(Boolean).map((e) => e.replace(/^[/\\]/, '').replaceAll('\\', '/'))
    const files = entries.filter((e) => /\.[a-z0-9]+$/i.test(e))

    expect(files).toEqual(expect.arrayContaining(['package.json', 'out/main/index.js', 'out/main/core.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'out/renderer/print.html', 'assets/icon.png']))
    const unexpected = files.filter((f) => !f.startsWith('out/') && f !== 'package.json' && f !== 'assets/icon.png')
    expect(unexpected).toEqual([])
    expect(files.filter((f) => /node_modules|\.map$|\.tsx?$|\.test\.|e2e\//.test(f))).toEqual([])
    const size = (await stat(asar)).size
    console.log(`app.asar: ${(size / 1024 / 1024).toFixed(1)} MB, ${entries.length} entries`)
    expect(size).toBeLessThan(20 * 1024 * 1024)

    // The packed package.json names no runtime dependencies: nothing outside out/ is needed.
    const packed = JSON.parse((await run(join(repoRoot, 'node_modules', '.bin', 'asar'), ['extract-file', asar, 'package.json'], { cwd: output }).then(() => readFile(join(output, 'package.json'), 'utf-8'))))
    expect(packed.dependencies ?? {}).toEqual({})

    // The fuses, as flipped in the packed binary.
    const binary = await readFile(join(unpacked, 'delegation-desk'))
    const at = binary.indexOf(SENTINEL) + SENTINEL.length
    const wire = binary.subarray(at + 2, at + 2 + binary[at + 1]!).toString('latin1')
    expect({
      runAsNode: wire[0],
      cookieEncryption: wire[1],
      nodeOptions: wire[2],
      inspectArguments: wire[3],
      asarIntegrity: wire[4],
      onlyLoadFromAsar: wire[5],
      fileProtocolPrivileges: wire[7],
    }).toEqual({ runAsNode: '0', cookieEncryption: '1', nodeOptions: '0', inspectArguments: '0', asarIntegrity: '1', onlyLoadFromAsar: '1', fileProtocolPrivileges: '0' })

    // Double-clicking an exchange file opens the app (the association written for the desktop).
    const desktop = await readFile(join(repoRoot, 'electron-builder.yml'), 'utf-8')
    expect(desktop).toMatch(/fileAssociations:\s*\n\s*- ext: ddx/)
  })
})
