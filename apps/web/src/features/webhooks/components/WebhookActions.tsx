import { useTranslation } from 'react-i18next';
import type { WebhookSubscription } from '../api/list-webhooks';

/** What the panel under the table shows: one subscription's delivery log, edit form, or a confirmation. */
export type WebhookPanel = { id: string; panel: 'log' | 'edit' | 'rotate' | 'remove' };

/**
 * One subscription's buttons: pause or resume, change, new secret, remove, delivery log. A removed
 * subscription keeps only its log (the API answers 404 NOT_FOUND to any write on it).
 */
export const WebhookActions = ({ s, open, onOpen, onPauseResume, busy }: { s: WebhookSubscription; open: WebhookPanel | null; onOpen: (p: WebhookPanel | null) => void; onPauseResume: (action: 'pause' | 'resume') => void; busy: boolean }) => {
  const { t } = useTranslation('webhooks');
  const toggle = (panel: WebhookPanel['panel']) => onOpen(open?.id === s.id && open.panel === panel ? null : { id: s.id, panel });
  const pressed = (panel: WebhookPanel['panel']) => open?.id === s.id && open.panel === panel;
  return (
    <div className="actions">
      {s.status === 'active' && (
        <button type="button" className="secondary" disabled={busy} onClick={() => onPauseResume('pause')}>
          {t('pause', { id: s.id })}
        </button>
      )}
      {s.status === 'paused' && (
        <button type="button" className="secondary" disabled={busy} onClick={() => onPauseResume('resume')}>
          {t('resume', { id: s.id })}
        </button>
      )}
      {s.status !== 'removed' &&
        (['edit', 'rotate', 'remove'] as const).map((panel) => (
          <button key={panel} type="button" className="secondary" aria-pressed={pressed(panel)} onClick={() => toggle(panel)}>
            {t(panel, { id: s.id })}
          </button>
        ))}
      <button type="button" className="secondary" aria-pressed={pressed('log')} onClick={() => toggle('log')}>
        {t('showLog', { id: s.id })}
      </button>
    </div>
  );
};
