// Builds the parts into out/: main (ESM: the shell, and the core's own process), preload (one
// CommonJS file, as a sandboxed preload cannot import modules) and the renderer (React + Vite).
import { fileURLToPath } from 'node:url'
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

const root = fileURLToPath(new URL('..', import.meta.url))
const at = (...p: string[]) => resolve(root, ...p)

export default defineConfig({
  // The shell (index) and the core's own process (core), with every package they use bundled in:
  // the installed app carries no node_modules.
  main: {
    root,
    build: {
      outDir: at('out/main'),
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: at('electron/main/index.ts'), core: at('electron/core/process/entry.ts') },
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    root,
    build: {
      outDir: at('out/preload'),
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: at('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: at('renderer'),
    base: './',
    plugins: [react()],
    // paged.js's package exports point bundlers at its unbundled sources; its ESM build is self-contained.
    resolve: { alias: { pagedjs: at('node_modules/pagedjs/dist/paged.esm.js') } },
    build: {
      outDir: at('out/renderer'),
      // electron-vite leaves the renderer unminified; minified, the window parses and compiles
      // about half the code before its first screen. (Main and the core stay readable: their
      // stack traces go to the log.)
      minify: 'oxc',
      // The app, and the print view that lays briefs out as pages.
      rolldownOptions: { input: { index: at('renderer/index.html'), print: at('renderer/print.html') } },
    },
  },
})
