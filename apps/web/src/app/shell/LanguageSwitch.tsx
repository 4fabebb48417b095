import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, type Language } from '../../i18n';

export const LanguageSwitch = () => {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('language')}>
      {LANGUAGES.map((lang: Language) => (
        <button key={lang} type="button" lang={lang} aria-pressed={i18n.language === lang} onClick={() => setLanguage(lang)}>
          {t(`languages.${lang}`)}
        </button>
      ))}
    </div>
  );
};
