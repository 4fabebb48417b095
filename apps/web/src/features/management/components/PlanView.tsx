import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/QueryState';
import { formatDate, formatNumber } from '../../../lib/format';
import { useManagementPlan } from '../api/get-management';

/** A year's plan: status, budget and spent, goals, activities with their state in words, risks, forums. */
export const PlanView = ({ object, year }: { object: string; year: number }) => {
  const { t } = useTranslation('management');
  const plan = useManagementPlan(object, year);
  return (
    <QueryState query={plan}>
      {(p) => {
        const followed = p.followUp?.revision === p.revision ? p.followUp : null;
        const decision = [...p.decisions].reverse().find((d) => d.revision === p.revision);
        return (
          <div data-plan={`${p.object}/${p.year}`}>
            <h3>{t('plan.heading', { year: p.year, revision: p.revision })}</h3>
            <dl className="facts">
              <dt>{t('plan.status')}</dt>
              <dd>{t(`planStatuses.${p.status}`)}{decision ? ` — ${t('plan.decidedBy', { body: decision.body, by: decision.decidedBy, date: formatDate(decision.decidedAt) })}` : ''}</dd>
              {decision && (
                <>
                  <dt>{t('plan.motivation')}</dt>
                  <dd>{decision.motivation}</dd>
                </>
              )}
              <dt>{t('plan.budget')}</dt>
              <dd>{t('plan.sek', { amount: formatNumber(p.content.budget) })}</dd>
              {followed && (
                <>
                  <dt>{t('plan.spent')}</dt>
                  <dd>{t('plan.spentOn', { amount: formatNumber(followed.budgetSpent), date: formatDate(followed.at) })}</dd>
                </>
              )}
            </dl>
            <h4>{t('plan.goals')}</h4>
            <ul>
              {p.content.goals.map((g) => (
                <li key={g}>{g}</li>
              ))}
            </ul>
            <div className="table-scroll">
              <table data-testid="activities">
                <caption>{t('plan.activities', { count: p.content.activities.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('plan.activity')}</th>
                    <th scope="col">{t('plan.state')}</th>
                  </tr>
                </thead>
                <tbody>
                  {p.content.activities.map((a) => (
                    <tr key={a.id} data-activity={a.id}>
                      <th scope="row">{a.title}</th>
                      <td>{t(`activityStates.${followed?.activities[a.id] ?? a.state}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {p.content.risks.length > 0 && (
              <>
                <h4>{t('plan.risks')}</h4>
                <ul>
                  {p.content.risks.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              </>
            )}
            {p.content.forums.length > 0 && (
              <>
                <h4>{t('plan.forums')}</h4>
                <ul>
                  {p.content.forums.map((f) => (
                    <li key={f.name}>{t('plan.forum', { name: f.name, cadence: f.cadence })}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
        );
      }}
    </QueryState>
  );
};
