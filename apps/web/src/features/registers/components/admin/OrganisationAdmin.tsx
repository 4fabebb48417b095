import { useTranslation } from 'react-i18next';
import type { Stakeholder } from '../../../../lib/types';
import { registerStakeholder, renameStakeholder, retireStakeholder, STAKEHOLDER_KINDS } from '../../model/register-writes';
import { AdminForm } from './AdminForm';
import { AdminPanel } from './AdminPanel';

/** Admins: register an organisation, rename one, retire one (POST /stakeholders, PATCH /stakeholders/:id, POST …/retire). */
export const OrganisationAdmin = ({ stakeholders }: { stakeholders: Stakeholder[] }) => {
  const { t } = useTranslation('registers');
  const active = stakeholders.filter((s) => !s.retired).map((s) => ({ value: s.id, label: s.name }));
  const kinds = STAKEHOLDER_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }));
  const nameOf = (id: string) => stakeholders.find((s) => s.id === id)?.name ?? id;
  return (
    <AdminPanel id="admin-organisations" title={t('admin.organisations')}>
      <AdminForm
        id="register-stakeholder"
        title={t('admin.registerStakeholder')}
        write={registerStakeholder}
        initial={{ id: '', name: '', kind: 'committee' }}
        fields={() => [
          { name: 'id', label: t('admin.stakeholderId'), kind: 'text', hint: t('admin.slugHint') },
          { name: 'name', label: t('name'), kind: 'text' },
          { name: 'kind', label: t('kind'), kind: 'select', options: kinds },
        ]}
        submitLabel={t('admin.register')}
        done={(v) => t('admin.registered', { name: v.name.trim() })}
      />
      <AdminForm
        id="rename-stakeholder"
        title={t('admin.renameStakeholder')}
        write={renameStakeholder}
        initial={{ stakeholder: active[0]?.value ?? '', name: '' }}
        fields={() => [
          { name: 'stakeholder', label: t('organisation'), kind: 'select', options: active },
          { name: 'name', label: t('admin.newName'), kind: 'text' },
        ]}
        submitLabel={t('admin.rename')}
        done={(v) => t('admin.renamed', { name: v.name.trim() })}
      />
      <AdminForm
        id="retire-stakeholder"
        title={t('admin.retireStakeholder')}
        write={retireStakeholder}
        initial={{ stakeholder: active[0]?.value ?? '', reason: '' }}
        fields={() => [
          { name: 'stakeholder', label: t('organisation'), kind: 'select', options: active },
          { name: 'reason', label: t('admin.reason'), kind: 'textarea' },
        ]}
        submitLabel={t('admin.retire')}
        done={(v) => t('admin.retiredDone', { name: nameOf(v.stakeholder) })}
      />
    </AdminPanel>
  );
};
