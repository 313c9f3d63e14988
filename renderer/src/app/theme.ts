import { webLightTheme, type Theme } from '@fluentui/react-components'

const fontFamily = "'Noto Sans', 'Segoe UI', 'Liberation Sans', sans-serif"

export const theme: Theme = { ...webLightTheme, fontFamilyBase: fontFamily }
