import { useTranslation } from 'react-i18next';
import type { DemoPerson } from '../api/get-demo-people';

/** A person's roles and body memberships as words ("granskare för Kommunstyrelsen"). */
export const RoleList = ({ person }: { person: DemoPerson }) => {
  const { t } = useTranslation();
  const parts = [
    ...person.roles.map((r) => t(`roles.${r.role}`, { stakeholder: r.stakeholderName ?? r.stakeholder ?? '' })),
    ...person.bodies.map((b) => t('roles.member', { body: b.name })),
  ];
  return <span className="roles">{parts.length ? parts.join(', ') : t('roles.none')}</span>;
};
