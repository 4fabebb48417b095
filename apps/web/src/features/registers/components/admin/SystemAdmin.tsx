import { useTranslation } from 'react-i18next';
import type { SystemEntry } from '../../../../lib/registers';
import type { Body, Stakeholder } from '../../../../lib/types';
import { registerSystem, retireSystem } from '../../model/register-writes';
import { AdminForm } from './AdminForm';
import { AdminPanel } from './AdminPanel';

/** Admins: register a system, owned by an active organisation and governed by an object-level body (the domain's rule), and retire one. */
export const SystemAdmin = ({ systems, stakeholders, bodies }: { systems: SystemEntry[]; stakeholders: Stakeholder[]; bodies: Body[] }) => {
  const { t } = useTranslation('registers');
  const owners = stakeholders.filter((s) => !s.retired).map((s) => ({ value: s.id, label: s.name }));
  const governing = bodies.filter((b) => b.level === 'object').map((b) => ({ value: b.id, label: b.name }));
  const active = systems.filter((s) => s.status === 'active').map((s) => ({ value: s.id, label: s.name }));
  return (
    <AdminPanel id="admin-systems" title={t('admin.systems')}>
      <AdminForm
        id="register-system"
        title={t('admin.registerSystem')}
        write={registerSystem}
        initial={{ id: '', name: '', ownerStakeholder: owners[0]?.value ?? '', governingBody: governing[0]?.value ?? '' }}
        fields={() => [
          { name: 'id', label: t('admin.id'), kind: 'text', hint: t('admin.idHint') },
          { name: 'name', label: t('name'), kind: 'text' },
          { name: 'ownerStakeholder', label: t('owner'), kind: 'select', options: owners },
          { name: 'governingBody', label: t('governingBody'), kind: 'select', options: governing, hint: t('admin.objectLevelOnly') },
        ]}
        submitLabel={t('admin.register')}
        done={(v) => t('admin.registered', { name: v.name.trim() })}
      />
      <AdminForm
        id="retire-system"
        title={t('admin.retireSystem')}
        write={retireSystem}
        initial={{ system: active[0]?.value ?? '', reason: '' }}
        fields={() => [
          { name: 'system', label: t('system'), kind: 'select', options: active },
          { name: 'reason', label: t('admin.reason'), kind: 'textarea' },
        ]}
        submitLabel={t('admin.retire')}
        done={(v) => t('admin.retiredDone', { name: systems.find((s) => s.id === v.system)?.name ?? v.system })}
      />
    </AdminPanel>
  );
};
