// Says on the console when a string is shown in a language other than the interface's (a key
// missing in Kazakh shown in Russian). Every language is complete, so that is a bug: the e2e
// fixture fails any spec that sees this warning.
import type { PostProcessorModule } from 'i18next'

export const FALLBACK_WARNING = 'i18n: shown in another language'

export const fallbackWarning: PostProcessorModule = {
  type: 'postProcessor',
  name: 'fallbackWarning',
  process(value, key, options, translator: { language?: string }) {
    const used = (options as { i18nResolved?: { usedLng?: string } }).i18nResolved?.usedLng
    if (used && translator.language && used !== translator.language) console.warn(`${FALLBACK_WARNING}: ${String(key)} (${translator.language} → ${used})`)
    return value
  },
}
