import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

/**
 * Every visible string lives in i18n/{sv,en}/<namespace>.json, one namespace per feature (the
 * file name), found here by glob: a new feature adds its two files and nothing else.
 */
type Resources = Record<string, Record<string, Record<string, unknown>>>;

const files = import.meta.glob<{ default: Record<string, unknown> }>('./*/*.json', { eager: true });
const resources: Resources = {};
for (const [file, mod] of Object.entries(files)) {
  const [, lang, ns] = /^\.\/(\w+)\/([\w-]+)\.json$/.exec(file) ?? [];
  if (!lang || !ns) continue;
  (resources[lang] ??= {})[ns] = mod.default;
}

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const LANG_KEY = 'samsyn.language';

const initial = (): Language => {
  try {
    const saved = localStorage.getItem(LANG_KEY); // a preference, not a secret
    if (saved === 'en' || saved === 'sv') return saved;
  } catch {
    /* default */
  }
  return 'sv';
};

void i18n.use(initReactI18next).init({
  resources,
  lng: initial(),
  fallbackLng: 'sv',
  defaultNS: 'common',
  ns: Object.keys(resources.sv ?? {}),
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18n.language;

export const setLanguage = (lang: Language): void => {
  void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    /* kept for this page only */
  }
};

export default i18n;
