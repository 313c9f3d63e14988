// A typed stand-in for the parts of the `electron` module the shell uses, for unit tests of
// electron/main and the preload in plain Node (as electron/fiddle tests its main process). Each
// piece records what the shell asked of it and lets a test play the system's part: emit an app
// event, answer a dialog, resolve a fetch. Tests install it with
//   vi.mock('electron', async () => (await import('./test-support/electronStandIn')).electron)
// and reset it with `resetElectron()` before each test.
import { EventEmitter } from 'node:events'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { vi } from 'vitest'

/** Listeners by event, of anything the shell calls `.on(...)` on. */
export class Emitting extends EventEmitter {}

export class FakeWebContents extends Emitting {
  readonly sent: unknown[][] = []
  destroyed = false
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  readonly executed: string[] = []
  printToPDF = vi.fn(async (_options: object) => Buffer.from('%PDF-1.7 stand-in'))
  print = vi.fn((_options: object, callback: (success: boolean, reason: string) => void) => callback(true, ''))
  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args])
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler
  }
  async executeJavaScript(code: string): Promise<unknown> {
    this.executed.push(code)
    return undefined
  }
}

export class FakeBrowserWindow extends Emitting {
  static readonly created: FakeBrowserWindow[] = []
  static focused: FakeBrowserWindow | null = null
  readonly webContents = new FakeWebContents()
  readonly loaded: string[] = []
  destroyed = false
  readonly options: Record<string, unknown>
  constructor(options: Record<string, unknown> = {}) {
    super()
    this.options = options
    FakeBrowserWindow.created.push(this)
  }
  static getFocusedWindow() {
    return FakeBrowserWindow.focused
  }
  static getAllWindows() {
    return FakeBrowserWindow.created.filter((w) => !w.destroyed)
  }
  async loadURL(url: string): Promise<void> {
    this.loaded.push(url)
  }
  show() {}
  focus() {}
  destroy() {
    this.destroyed = true
  }
}

export class FakeNotification extends Emitting {
  static readonly shown: FakeNotification[] = []
  static supported = true
  static isSupported() {
    return FakeNotification.supported
  }
  readonly options: { title: string; body: string }
  constructor(options: { title: string; body: string }) {
    super()
    this.options = options
  }
  show() {
    FakeNotification.shown.push(this)
  }
}

export class FakeUtilityProcess extends Emitting {
  static readonly forked: { entry: string; args: string[]; options: Record<string, unknown>; child: FakeUtilityProcess }[] = []
  readonly posted: unknown[] = []
  killed = false
  postMessage(message: unknown): void {
    this.posted.push(message)
  }
  kill(): boolean {
    this.killed = true
    return true
  }
}

function createElectron() {
  const app = Object.assign(new Emitting(), {
    quit: vi.fn(),
    exit: vi.fn(),
    getLocale: vi.fn(() => 'ru-RU'),
    getVersion: vi.fn(() => '0.1.0'),
    getPath: vi.fn((name: string) => `/home/user/${name}`),
    setPath: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    getAppMetrics: vi.fn(() => []),
  })
  const session = {
    partitions: [] as { partition: string; options: unknown }[],
    fromPartition(partition: string, options?: unknown) {
      session.partitions.push({ partition, options })
      return session.defaultSession
    },
    defaultSession: {
      protocol: {
        handle: (scheme: string, handler: (request: Request) => Promise<Response>) => protocol.handle(scheme, handler),
      },
      permissionRequestHandler: null as null | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void),
      permissionCheckHandler: null as null | (() => boolean),
      beforeRequest: null as null | ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void),
      setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void) {
        this.permissionRequestHandler = handler
      },
      setPermissionCheckHandler(handler: () => boolean) {
        this.permissionCheckHandler = handler
      },
      webRequest: {
        onBeforeRequest(handler: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) {
          session.defaultSession.beforeRequest = handler
        },
      },
    },
  }
  const ipcMain = { handlers: new Map<string, (...args: unknown[]) => unknown>(), handle: vi.fn((channel: string, handler: (...args: unknown[]) => unknown) => void ipcMain.handlers.set(channel, handler)) }
  const ipcRenderer = Object.assign(new Emitting(), { invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null })) })
  const contextBridge = { exposed: new Map<string, unknown>(), exposeInMainWorld: vi.fn((key: string, api: unknown) => void contextBridge.exposed.set(key, api)) }
  const protocol = {
    privileged: [] as unknown[],
    handlers: new Map<string, (request: Request) => Promise<Response>>(),
    registerSchemesAsPrivileged: vi.fn((schemes: unknown[]) => void protocol.privileged.push(...schemes)),
    handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response>) => void protocol.handlers.set(scheme, handler)),
  }
  // Reads file:// URLs from disk as Electron's net.fetch does; a missing file answers 404.
  const net = {
    fetch: vi.fn(async (url: string) => {
      try {
        return new Response(new Uint8Array(await readFile(fileURLToPath(url))), { status: 200, headers: { 'Content-Type': 'text/html' } })
      } catch {
        return new Response('missing', { status: 404 })
      }
    }),
  }
  const dialog = {
    showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
    showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: undefined as string | undefined })),
    showMessageBox: vi.fn(async () => ({ response: 0 })),
    showMessageBoxSync: vi.fn((..._args: unknown[]) => 1),
    showErrorBox: vi.fn(),
  }
  const shell = { openPath: vi.fn(async (_path: string) => '') }
  // An OS keychain that reverses the bytes: enough to see what crosses, and what a backend is.
  const safeStorage = {
    isEncryptionAvailable: vi.fn(() => true),
    getSelectedStorageBackend: vi.fn(() => 'gnome_libsecret'),
    encryptString: vi.fn((text: string) => Buffer.from(text).reverse()),
    decryptString: vi.fn((blob: Buffer) => {
      if (blob[0] === 0) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.')
      return Buffer.from(blob).reverse().toString()
    }),
  }
  const Menu = { template: null as unknown, buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn((menu: { template: unknown }) => void (Menu.template = menu.template)) }
  const utilityProcess = {
    fork: vi.fn((entry: string, args: string[] = [], options: Record<string, unknown> = {}) => {
      const child = new FakeUtilityProcess()
      FakeUtilityProcess.forked.push({ entry, args, options, child })
      return child
    }),
  }
  return { app, session, ipcMain, ipcRenderer, contextBridge, protocol, net, dialog, shell, safeStorage, Menu, utilityProcess, BrowserWindow: FakeBrowserWindow, Notification: FakeNotification }
}

export const electron = createElectron()

/** Forgets what the last test did (the objects stay: modules under test hold them). */
export function resetElectron(): void {
  vi.clearAllMocks()
  electron.app.removeAllListeners()
  electron.ipcRenderer.removeAllListeners()
  electron.ipcMain.handlers.clear()
  electron.contextBridge.exposed.clear()
  electron.protocol.privileged.length = 0
  electron.protocol.handlers.clear()
  electron.Menu.template = null
  Object.assign(electron.session.defaultSession, { permissionRequestHandler: null, permissionCheckHandler: null, beforeRequest: null })
  FakeBrowserWindow.created.length = 0
  FakeBrowserWindow.focused = null
  FakeUtilityProcess.forked.length = 0
  FakeNotification.shown.length = 0
  FakeNotification.supported = true
}
