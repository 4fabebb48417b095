import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { nameOf, useBodies } from '../../../lib/registers';
import { useRecordMinutes } from '../api/record-minutes';
import { pickedProposals } from '../model/minutes-decisions';
import { proposalRefs, type FieldErrors } from '../model/plan-form';
import { PlanDecisionPicks, ProposalDecisionPicks } from './DecisionPicks';
import { FieldError, invalid, SendRow } from './FormParts';

const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * A member of the body records a meeting's minutes: its id and date, the members present, and the
 * decisions the body took that were taken in it — the plans' and the proposals' it decided, to tick,
 * and proposals by id (one the list does not show yet). The
 * minutes copy outcome and motivation from the decisions themselves (docs/management-objects.md).
 */
export const MinutesForm = ({ body, object, years }: { body: string; object: string; years: number[] }) => {
  const { t } = useTranslation('management');
  const bodies = useBodies();
  const record = useRecordMinutes(body);
  const members = bodies.data?.find((b) => b.id === body)?.members ?? [];
  const [meeting, setMeeting] = useState('');
  const [date, setDate] = useState(today());
  const [present, setPresent] = useState<string[]>([]);
  const [ticked, setTicked] = useState<string[]>([]);
  const [picked, setPicked] = useState<string[]>([]);
  const [proposals, setProposals] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const key = `${body}-minutes`;
  const toggle = (list: string[], x: string) => (list.includes(x) ? list.filter((y) => y !== x) : [...list, x]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: FieldErrors = {};
    if (meeting.trim() === '') found.meeting = 'required';
    if (date === '') found.date = 'required';
    if (present.length === 0) found.present = 'required';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const decisions = [...ticked.map((ref) => ({ kind: 'plan' as const, ref })), ...pickedProposals(picked, proposalRefs(proposals)).map((ref) => ({ kind: 'proposal' as const, ref }))];
    record.mutate({ meeting: meeting.trim(), date, present, decisions });
  };
  const title = t('form.minutes', { body: nameOf(bodies.data, body) });
  const err = (field: string) => invalid(errors, field, `${key}-${field}`);
  return (
    <details className="plan-form" data-form="minutes">
      <summary>{title}</summary>
      <form className="stacked" onSubmit={submit} noValidate aria-label={title}>
        <label htmlFor={`${key}-meeting`}>{t('form.meeting')}</label>
        <input id={`${key}-meeting`} value={meeting} onChange={(e) => setMeeting(e.target.value)} {...err('meeting')} />
        <FieldError id={`${key}-meeting`} errors={errors} field="meeting" />
        <label htmlFor={`${key}-date`}>{t('form.date')}</label>
        <input id={`${key}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} {...err('date')} />
        <FieldError id={`${key}-date`} errors={errors} field="date" />
        <fieldset {...err('present')}>
          <legend>{t('form.present')}</legend>
          {members.map((m) => (
            <label key={m}>
              <input type="checkbox" checked={present.includes(m)} onChange={() => setPresent((p) => toggle(p, m))} /> {m}
            </label>
          ))}
          <FieldError id={`${key}-present`} errors={errors} field="present" />
        </fieldset>
        {years.length > 0 && (
          <fieldset>
            <legend>{t('form.planDecisions')}</legend>
            {years.map((year) => (
              <PlanDecisionPicks key={year} object={object} year={year} body={body} ticked={ticked} toggle={(ref) => setTicked((p) => toggle(p, ref))} />
            ))}
          </fieldset>
        )}
        <ProposalDecisionPicks body={body} ticked={picked} toggle={(ref) => setPicked((p) => toggle(p, ref))} />
        <label htmlFor={`${key}-proposals`}>{t('form.proposalDecisions')}</label>
        <input id={`${key}-proposals`} value={proposals} onChange={(e) => setProposals(e.target.value)} aria-describedby={`${key}-proposals-hint`} />
        <span id={`${key}-proposals-hint`} className="muted">
          {t('form.proposalHint')}
        </span>
        <SendRow label={t('form.sendMinutes')} pending={record.isPending} error={record.error} />
        {record.isSuccess && (
          <p className="notice" role="status">
            {t('form.recorded', { meeting: record.data.meeting, count: record.data.decisions.length })}
          </p>
        )}
      </form>
    </details>
  );
};
