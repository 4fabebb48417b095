import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { QueryState } from '../../../components/QueryState';
import { downloadHtml } from '../../../lib/download';
import { formatDate } from '../../../lib/format';
import { minutesHtmlPath, useBodyMinutes } from '../api/get-management';

/** A body's minutes, each with its decisions and the archive's HTML document. */
export const MinutesList = ({ body }: { body: string }) => {
  const { t } = useTranslation('management');
  const minutes = useBodyMinutes(body);
  const [failed, setFailed] = useState<unknown>(null);
  return (
    <QueryState query={minutes}>
      {(list) => (
        <>
          <h3>{t('minutes.heading', { body })}</h3>
          {list.length === 0 && <p>{t('minutes.none')}</p>}
          {list.map((m) => (
            <article key={m.meeting} data-minutes={m.meeting} aria-label={t('minutes.meeting', { meeting: m.meeting, date: formatDate(m.date) })}>
              <h4>{t('minutes.meeting', { meeting: m.meeting, date: formatDate(m.date) })}</h4>
              <p>{t('minutes.present', { names: m.present.join(', ') })}</p>
              <ol>
                {m.decisions.map((d) => (
                  <li key={`${d.kind}:${d.ref}`}>
                    {t('minutes.decision', { kind: t(`decisionKinds.${d.kind}`), ref: d.ref, outcome: t(`outcomes.${d.outcome}`), motivation: d.motivation, by: d.decidedBy })}
                  </li>
                ))}
              </ol>
              <p>
                <a
                  href={minutesHtmlPath(m.body, m.meeting)}
                  onClick={(e) => {
                    // The API wants the session's token, which a plain link cannot send.
                    e.preventDefault();
                    setFailed(null);
                    downloadHtml(minutesHtmlPath(m.body, m.meeting), `beslutsprotokoll-${m.body}-${m.meeting}.html`).catch(setFailed);
                  }}
                >
                  {t('minutes.html', { meeting: m.meeting })}
                </a>
              </p>
            </article>
          ))}
          {failed !== null && <ErrorMessage error={failed} />}
        </>
      )}
    </QueryState>
  );
};
