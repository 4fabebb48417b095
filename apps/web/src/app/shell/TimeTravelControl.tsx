import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { timeTravel, useAsOf } from '../../lib/time-travel';

type Mode = 'now' | 'instant' | 'position';

/** Sets "as of" an instant (local date and time) or a global position for every read. */
export const TimeTravelControl = () => {
  const { t } = useTranslation();
  const asOf = useAsOf();
  const [mode, setMode] = useState<Mode>(asOf?.kind ?? 'now');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('23:59');
  const [position, setPosition] = useState('');
  const [invalid, setInvalid] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setInvalid(false);
    if (mode === 'now') return timeTravel.set(null);
    if (mode === 'instant') {
      const local = new Date(`${date}T${time || '00:00'}`);
      if (!date || Number.isNaN(local.getTime())) return setInvalid(true);
      return timeTravel.set({ kind: 'instant', instant: local.toISOString() });
    }
    if (!/^\d{1,19}$/.test(position.trim())) return setInvalid(true);
    timeTravel.set({ kind: 'position', position: position.trim() });
  };

  return (
    <form className="time-travel" onSubmit={submit} aria-label={t('timeTravel.legend')}>
      <fieldset>
        <legend>{t('timeTravel.legend')}</legend>
        <label htmlFor="as-of-mode">{t('timeTravel.mode')}</label>
        <select id="as-of-mode" value={mode} onChange={(e) => setMode(e.target.value as Mode)} name="asOfMode">
          <option value="now">{t('timeTravel.now')}</option>
          <option value="instant">{t('timeTravel.instant')}</option>
          <option value="position">{t('timeTravel.position')}</option>
        </select>
        {mode === 'instant' && (
          <>
            <label>
              {t('timeTravel.date')} <input type="date" name="asOfDate" value={date} onChange={(e) => setDate(e.target.value)} required />
            </label>
            <label>
              {t('timeTravel.time')} <input type="time" name="asOfTime" value={time} onChange={(e) => setTime(e.target.value)} />
            </label>
          </>
        )}
        {mode === 'position' && (
          <label>
            {t('timeTravel.positionLabel')}{' '}
            <input type="text" inputMode="numeric" name="asOfPosition" value={position} onChange={(e) => setPosition(e.target.value)} required />
          </label>
        )}
        <button type="submit">{mode === 'now' ? t('timeTravel.backToNow') : t('timeTravel.apply')}</button>
        {invalid && <p className="error" role="alert">{t('timeTravel.invalid')}</p>}
      </fieldset>
    </form>
  );
};
