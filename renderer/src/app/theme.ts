// The app's look follows the system: high contrast when Windows' contrast themes are on
// (forced-colors), dark when the system prefers dark, light otherwise. Fluent's own themes,
// with the bundled font.
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components'
import { useSyncExternalStore } from 'react'

const fontFamily = "'Noto Sans', 'Segoe UI', 'Liberation Sans', sans-serif"

export const themes = {
  light: { ...webLightTheme, fontFamilyBase: fontFamily },
  dark: { ...webDarkTheme, fontFamilyBase: fontFamily },
  highContrast: { ...teamsHighContrastTheme, fontFamilyBase: fontFamily },
} satisfies Record<string, Theme>

export type ThemeName = keyof typeof themes

const highContrast = window.matchMedia('(forced-colors: active)')
const dark = window.matchMedia('(prefers-color-scheme: dark)')

const systemTheme = (): ThemeName => (highContrast.matches ? 'highContrast' : dark.matches ? 'dark' : 'light')

function subscribe(onChange: () => void) {
  highContrast.addEventListener('change', onChange)
  dark.addEventListener('change', onChange)
  return () => {
    highContrast.removeEventListener('change', onChange)
    dark.removeEventListener('change', onChange)
  }
}

/** The system's theme, kept up to date when the user switches it while the app runs. */
export function useSystemTheme(): Theme {
  return themes[useSyncExternalStore(subscribe, systemTheme)]
}
