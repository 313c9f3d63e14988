export type ElectronBinary = { path: string } | { path: null; reason: string }

/** Finds the Electron binary without triggering the electron package's download. */
export function findElectronBinary(env?: NodeJS.ProcessEnv): ElectronBinary
