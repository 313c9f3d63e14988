import { describe, expect, it, vi } from 'vitest'
import { exchangeFilesIn, OpenedFiles } from './openedFiles'

describe('files the system asks the app to open', () => {
  it('are every exchange file on a command line, whatever the case of the extension', () => {
    expect(exchangeFilesIn(['/opt/desk/desk', '--data-dir=/x', '/home/a/From B.ddx', 'C:\\Users\\a\\SECOND.DDX', '/home/a/notes.txt'])).toEqual(['/home/a/From B.ddx', 'C:\\Users\\a\\SECOND.DDX'])
    // The executable itself is never one, even if named so.
    expect(exchangeFilesIn(['/tmp/x.ddx'])).toEqual([])
  })

  it('are kept, all of them, until the window takes them, and the window is told when more come', () => {
    const told = vi.fn()
    const files = new OpenedFiles(['/a.ddx', '/b.ddx'], told)
    files.add(['/c.ddx', '/d.ddx'])
    files.add([])
    expect(told).toHaveBeenCalledTimes(1)
    expect(files.take()).toEqual(['/a.ddx', '/b.ddx', '/c.ddx', '/d.ddx'])
    expect(files.take()).toEqual([])
  })
})
