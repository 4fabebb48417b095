import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ApiProblem } from '../../../lib/api-client';
import type { BpmnWarning } from '../api/propose-from-bpmn';

type Params = Record<string, string | number>;

/**
 * The import's warnings in the user's language, by code and parameters (i18n/{sv,en}/bpmn.json).
 * The parameters go in as `replace`, so a parameter can never be taken for an i18next option.
 */
export const BpmnWarnings = ({ warnings }: { warnings: BpmnWarning[] }) => {
  const { t, i18n } = useTranslation('bpmn');
  if (warnings.length === 0) return <p data-testid="bpmn-no-warnings">{t('noWarnings')}</p>;
  return (
    <section aria-labelledby="bpmn-warnings-heading">
      <h3 id="bpmn-warnings-heading">{t('warningsHeading')}</h3>
      <ul data-testid="bpmn-warnings">
        {warnings.map((w, i) => (
          <li key={i} data-code={w.code}>
            {i18n.exists(`bpmn:warnings.${w.code}`) ? t(`warnings.${w.code}`, { replace: w.params }) : t('unknownWarning', { code: w.code })}
          </li>
        ))}
      </ul>
    </section>
  );
};

/** A refused file: why, translated from the refusal's code and reason; any other error as every page shows it. */
export const BpmnRefusal = ({ error }: { error: unknown }) => {
  const { t, i18n } = useTranslation('bpmn');
  if (!error) return null;
  const details = error instanceof ApiProblem ? (error.details as { reason?: unknown; params?: Params } | undefined) : undefined;
  const key = error instanceof ApiProblem && typeof details?.reason === 'string' ? `refusals.${error.code}.${details.reason}` : undefined;
  if (!key || !i18n.exists(`bpmn:${key}`)) return <ErrorMessage error={error} />;
  return (
    <div className="error" role="alert" data-code={(error as ApiProblem).code} data-reason={details?.reason as string}>
      <p>
        <strong>{t('refused')}:</strong> {t(key, { replace: details?.params ?? {} })}
      </p>
    </div>
  );
};
