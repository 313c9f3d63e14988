// The app's look: high contrast whenever Windows' contrast themes are on (forced-colors), else
// what Settings choose — the system's (dark when it prefers dark), or always light or dark.
// Fluent's own themes, with the bundled font.
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components'
import { useSyncExternalStore } from 'react'
import type { ThemeChoice } from '../../../electron/core/schema'

const fontFamily = "'Noto Sans', 'Segoe UI', 'Liberation Sans', sans-serif"

export const themes = {
  light: { ...webLightTheme, fontFamilyBase: fontFamily },
  dark: { ...webDarkTheme, fontFamilyBase: fontFamily },
  highContrast: { ...teamsHighContrastTheme, fontFamilyBase: fontFamily },
} satisfies Record<string, Theme>

export type ThemeName = keyof typeof themes

const highContrast = window.matchMedia('(forced-colors: active)')
const dark = window.matchMedia('(prefers-color-scheme: dark)')

const themeFor = (choice: ThemeChoice) => (): ThemeName => (highContrast.matches ? 'highContrast' : choice === 'system' ? (dark.matches ? 'dark' : 'light') : choice)

function subscribe(onChange: () => void) {
  highContrast.addEventListener('change', onChange)
  dark.addEventListener('change', onChange)
  return () => {
    highContrast.removeEventListener('change', onChange)
    dark.removeEventListener('change', onChange)
  }
}

/** The theme for the choice, kept up to date when the user switches the system's while the app runs. */
export function useTheme(choice: ThemeChoice): Theme {
  return themes[useSyncExternalStore(subscribe, themeFor(choice))]
}
