import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { timeTravel, useAsOf } from '../../lib/time-travel';

/** Says in words, on every page, that the page shows the past; one button back to now. */
export const TimeTravelBanner = () => {
  const { t } = useTranslation();
  const asOf = useAsOf();
  if (asOf === null) return null;
  return (
    <div className="past-banner" role="status" data-testid="past-banner">
      <p>
        <span aria-hidden="true">⏱ </span>
        {asOf.kind === 'instant' ? t('timeTravel.banner', { when: formatDateTime(asOf.instant) }) : t('timeTravel.bannerPosition', { position: asOf.position })}
      </p>
      <button type="button" onClick={() => timeTravel.set(null)}>
        {t('timeTravel.backToNow')}
      </button>
    </div>
  );
};
