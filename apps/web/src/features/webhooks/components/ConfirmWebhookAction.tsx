import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useRemoveWebhook, useRotateWebhookSecret } from '../api/change-webhook';

export type ConfirmedAction = 'rotate' | 'remove';

/**
 * Rotating a secret and removing a subscription cannot be undone (docs/webhooks.md: rotation keeps
 * only the new secret, removal erases it), so each is asked once more before it is sent. A new
 * secret is shown here, this once, to be copied to the receiver.
 */
export const ConfirmWebhookAction = ({ id, action, onClose }: { id: string; action: ConfirmedAction; onClose: () => void }) => {
  const { t } = useTranslation('webhooks');
  const rotate = useRotateWebhookSecret();
  const remove = useRemoveWebhook();
  const write = action === 'rotate' ? rotate : remove;
  const confirm = () => (action === 'rotate' ? rotate.mutate(id) : remove.mutate(id));
  const done = write.isSuccess;
  return (
    <section aria-labelledby="confirm-webhook-heading" data-testid={`confirm-${action}`}>
      <h2 id="confirm-webhook-heading">{t(`${action}Confirm.heading`, { id })}</h2>
      {!done && (
        <>
          <p>{t(`${action}Confirm.text`)}</p>
          <p>
            <button type="button" onClick={confirm} disabled={write.isPending}>
              {t(`${action}Confirm.confirm`, { id })}
            </button>{' '}
            <button type="button" className="secondary" onClick={onClose}>
              {t('cancel')}
            </button>
          </p>
        </>
      )}
      <ErrorMessage error={write.error} />
      {rotate.data && (
        <div className="notice" role="status" data-testid="webhook-new-secret">
          <p>{t('rotateConfirm.done', { id })}</p>
          <p>
            {t('rotateConfirm.secret')} <code>{rotate.data.secret}</code>
          </p>
        </div>
      )}
      {remove.isSuccess && (
        <p className="notice" role="status">
          {t('removeConfirm.done', { id })}
        </p>
      )}
      {done && (
        <button type="button" className="secondary" onClick={onClose}>
          {t('close')}
        </button>
      )}
    </section>
  );
};
