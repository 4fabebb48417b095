import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/PageTitle';
import { QueryState } from '../../../components/QueryState';
import { hasRole, useSession } from '../../../lib/auth';
import { formatDate } from '../../../lib/format';
import { useAsOf } from '../../../lib/time-travel';
import { nameOf, useBodies, useStakeholders, useSystems, useTerms } from '../../../lib/registers';
import { BodyAdmin } from './admin/BodyAdmin';
import { OrganisationAdmin } from './admin/OrganisationAdmin';
import { SystemAdmin } from './admin/SystemAdmin';
import { TermAdmin } from './admin/TermAdmin';
import { BodyTree } from './BodyTree';
import { SynonymForm } from './SynonymForm';

/** Organisations, governance bodies (a tree with members), the nomenclature with synonyms, the system register; admins keep them here. */
export const RegistersPage = () => {
  const { t } = useTranslation('registers');
  const session = useSession();
  const asOf = useAsOf();
  // The past cannot be written to: while time-travelling no form is offered.
  const admin = hasRole(session, 'admin') && asOf === null;
  const stakeholders = useStakeholders();
  const bodies = useBodies();
  const terms = useTerms();
  const systems = useSystems();
  const org = (id: string) => nameOf(stakeholders.data, id);
  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <section aria-labelledby="orgs-heading">
        <h2 id="orgs-heading">{t('organisations')}</h2>
        <QueryState query={stakeholders}>
          {(list) => (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('name')}</th>
                  <th scope="col">{t('kind')}</th>
                  <th scope="col">{t('status')}</th>
                  <th scope="col">{t('registeredAt')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">{s.name}</th>
                    <td>{t(`kinds.${s.kind}`, { defaultValue: s.kind })}</td>
                    <td>{s.retired ? t('retired') : t('active')}</td>
                    <td>{formatDate((s as { registeredAt?: string }).registeredAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </QueryState>
        {admin && stakeholders.data && <OrganisationAdmin stakeholders={stakeholders.data} />}
      </section>
      <section aria-labelledby="bodies-heading">
        <h2 id="bodies-heading">{t('bodies')}</h2>
        <QueryState query={bodies}>{(list) => <BodyTree bodies={list} />}</QueryState>
        {admin && bodies.data && <BodyAdmin bodies={bodies.data} />}
      </section>
      <section aria-labelledby="terms-heading">
        <h2 id="terms-heading">{t('nomenclature')}</h2>
        <QueryState query={terms}>
          {(list) => (
            <>
              <table data-testid="terms">
                <thead>
                  <tr>
                    <th scope="col">{t('term')}</th>
                    <th scope="col">{t('definition')}</th>
                    <th scope="col">{t('synonyms')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((x) => (
                    <tr key={x.id} data-term={x.id}>
                      <th scope="row">
                        {x.label} {x.deprecated && <span className="muted">({t('deprecated')})</span>}
                      </th>
                      <td>{x.definition}</td>
                      <td>
                        {Object.entries(x.synonyms)
                          .map(([s, labels]) => `${org(s)}: ${labels.join(', ')}`)
                          .join('; ') || '–'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {stakeholders.data && <SynonymForm terms={list} stakeholders={stakeholders.data} />}
              {admin && <TermAdmin terms={list} />}
            </>
          )}
        </QueryState>
      </section>
      <section aria-labelledby="systems-heading">
        <h2 id="systems-heading">{t('systems')}</h2>
        <QueryState query={systems}>
          {(list) => (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('system')}</th>
                  <th scope="col">{t('owner')}</th>
                  <th scope="col">{t('governingBody')}</th>
                  <th scope="col">{t('usedIn')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">
                      {s.name} {s.status !== 'active' && <span className="muted">({t('retired')})</span>}
                    </th>
                    <td>{org(s.owner.stakeholder)}</td>
                    <td>{nameOf(bodies.data, s.governingBody)}</td>
                    <td>{s.usedIn.steps.map((u) => `${u.processId}: ${u.step} (${org(u.performer)})`).join('; ') || '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </QueryState>
        {admin && systems.data && stakeholders.data && bodies.data && <SystemAdmin systems={systems.data} stakeholders={stakeholders.data} bodies={bodies.data} />}
      </section>
    </>
  );
};
