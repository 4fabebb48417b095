import { useTranslation } from 'react-i18next';
import type { Body } from '../../../../lib/types';
import { establishBody, LEVELS, PARENT_LEVEL, setBodyMembers, type Values } from '../../model/register-writes';
import { AdminForm } from './AdminForm';
import { AdminPanel } from './AdminPanel';

const membersText = (members: string[] | undefined) => (members ?? []).join('\n');

/**
 * Admins: establish a governance body at its level under a parent one level up (only those are
 * offered; the portfolio body has none), and replace a body's members (POST /bodies, PUT /bodies/:id/members).
 */
export const BodyAdmin = ({ bodies }: { bodies: Body[] }) => {
  const { t } = useTranslation('registers');
  const parentsFor = (level: string) => {
    const above = PARENT_LEVEL[level as keyof typeof PARENT_LEVEL];
    return above ? bodies.filter((b) => b.level === above).map((b) => ({ value: b.id, label: b.name })) : [];
  };
  const levels = LEVELS.map((l) => ({ value: l, label: t(`common:levels.${l}`) }));
  const all = bodies.map((b) => ({ value: b.id, label: b.name }));
  const membersHint = t('admin.membersHint');
  return (
    <AdminPanel id="admin-bodies" title={t('admin.bodies')}>
      <AdminForm
        id="establish-body"
        title={t('admin.establishBody')}
        write={establishBody}
        initial={{ id: '', name: '', level: 'object', parent: parentsFor('object')[0]?.value ?? '', members: '' }}
        // A new level offers new parents: the first of them is chosen.
        follow={(changed, v): Values => (changed === 'level' ? { ...v, parent: parentsFor(v.level)[0]?.value ?? '' } : v)}
        fields={(v) => [
          { name: 'id', label: t('admin.id'), kind: 'text', hint: t('admin.idHint') },
          { name: 'name', label: t('name'), kind: 'text' },
          { name: 'level', label: t('admin.level'), kind: 'select', options: levels },
          ...(PARENT_LEVEL[v.level as keyof typeof PARENT_LEVEL] ? [{ name: 'parent', label: t('admin.parent'), kind: 'select' as const, options: parentsFor(v.level) }] : []),
          { name: 'members', label: t('admin.members'), kind: 'textarea', hint: membersHint },
        ]}
        submitLabel={t('admin.establish')}
        done={(v) => t('admin.registered', { name: v.name.trim() })}
      />
      <AdminForm
        id="set-body-members"
        title={t('admin.setMembers')}
        write={setBodyMembers}
        initial={{ body: bodies[0]?.id ?? '', members: membersText(bodies[0]?.members) }}
        follow={(changed, v): Values => (changed === 'body' ? { ...v, members: membersText(bodies.find((b) => b.id === v.body)?.members) } : v)}
        fields={() => [
          { name: 'body', label: t('admin.body'), kind: 'select', options: all },
          { name: 'members', label: t('admin.members'), kind: 'textarea', hint: membersHint },
        ]}
        submitLabel={t('admin.saveMembers')}
        keepAfterSave
        done={(v) => t('admin.membersSaved', { name: bodies.find((b) => b.id === v.body)?.name ?? v.body })}
      />
    </AdminPanel>
  );
};
