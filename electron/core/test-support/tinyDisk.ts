// A real small disk for fault tests: a tmpfs of a few hundred kilobytes, which fills up, cuts
// writes short and can be made read-only. Mounting needs root (CI runs as root); elsewhere the
// tests that use it are skipped, and say why.
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
export const NEEDS_ROOT = 'needs root to mount a tmpfs; skipped when not root'

export interface TinyDisk {
  dir: string
  /** Fills the disk until fewer than `leaveBytes` are free. */
  fill(leaveBytes: number): void
  /** Frees what fill() took. */
  free(): void
  readOnly(on: boolean): void
  unmount(): Promise<void>
}

export async function mountTinyDisk(kilobytes: number): Promise<TinyDisk> {
  const dir = await mkdtemp(join(tmpdir(), 'desk-tinydisk-'))
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${kilobytes}k,mode=0700`, 'tmpfs', dir])
  const ballast = join(dir, 'ballast')
  const sh = (script: string) => execFileSync('sh', ['-c', script], { stdio: 'ignore' })
  return {
    dir,
    fill(leaveBytes) {
      sh(`rm -f '${ballast}'; avail=$(df -B1 --output=avail '${dir}' | tail -1); n=$((avail - ${leaveBytes})); [ "$n" -gt 0 ] && head -c "$n" /dev/zero > '${ballast}' || true`)
    },
    free() {
      sh(`rm -f '${ballast}'`)
    },
    readOnly(on) {
      execFileSync('mount', ['-o', `remount,${on ? 'ro' : 'rw'}`, dir])
    },
    async unmount() {
      // The log is written in the background: a line still on its way keeps the disk busy for a
      // moment. Wait for it, then let go lazily rather than fail a test whose checks are done.
      for (let attempt = 0; ; attempt++) {
        try {
          execFileSync('umount', attempt < 20 ? [dir] : ['-l', dir], { stdio: 'ignore' })
          break
        } catch (e) {
          if (attempt >= 20) throw e
          await new Promise((resolve) => setTimeout(resolve, 100))
        }
      }
      await rm(dir, { recursive: true, force: true })
    },
  }
}
