import { useTranslation } from 'react-i18next';
import type { Term } from '../../../../lib/registers';
import { defineTerm, deprecateTerm, reviseTerm, type Values } from '../../model/register-writes';
import { AdminForm } from './AdminForm';
import { AdminPanel } from './AdminPanel';

/** Admins: define a term of the common nomenclature, revise one, deprecate one naming its replacement (POST /terms, PATCH /terms/:id, POST …/deprecate). */
export const TermAdmin = ({ terms }: { terms: Term[] }) => {
  const { t } = useTranslation('registers');
  const live = terms.filter((x) => !x.deprecated);
  const options = live.map((x) => ({ value: x.id, label: x.label }));
  const first = live[0];
  const labelOf = (id: string) => terms.find((x) => x.id === id)?.label ?? id;
  return (
    <AdminPanel id="admin-terms" title={t('admin.terms')}>
      <AdminForm
        id="define-term"
        title={t('admin.defineTerm')}
        write={defineTerm}
        initial={{ id: '', label: '', definition: '' }}
        fields={() => [
          { name: 'id', label: t('admin.id'), kind: 'text', hint: t('admin.idHint') },
          { name: 'label', label: t('term'), kind: 'text' },
          { name: 'definition', label: t('definition'), kind: 'textarea' },
        ]}
        submitLabel={t('admin.define')}
        done={(v) => t('admin.registered', { name: v.label.trim() })}
      />
      <AdminForm
        id="revise-term"
        title={t('admin.reviseTerm')}
        write={reviseTerm}
        initial={{ term: first?.id ?? '', label: first?.label ?? '', definition: first?.definition ?? '' }}
        follow={(changed, v): Values => {
          const chosen = changed === 'term' ? terms.find((x) => x.id === v.term) : undefined;
          return chosen ? { ...v, label: chosen.label, definition: chosen.definition } : v;
        }}
        fields={() => [
          { name: 'term', label: t('term'), kind: 'select', options },
          { name: 'label', label: t('admin.label'), kind: 'text' },
          { name: 'definition', label: t('definition'), kind: 'textarea' },
        ]}
        submitLabel={t('admin.revise')}
        done={(v) => t('admin.revised', { name: v.label.trim() })}
        keepAfterSave
      />
      <AdminForm
        id="deprecate-term"
        title={t('admin.deprecateTerm')}
        write={deprecateTerm}
        initial={{ term: first?.id ?? '', reason: '', replacedBy: '' }}
        // A term cannot replace itself: choosing it as the one to deprecate clears that choice.
        follow={(changed, v): Values => (changed === 'term' && v.replacedBy === v.term ? { ...v, replacedBy: '' } : v)}
        fields={(v) => [
          { name: 'term', label: t('term'), kind: 'select', options },
          { name: 'reason', label: t('admin.reason'), kind: 'textarea' },
          { name: 'replacedBy', label: t('admin.replacedBy'), kind: 'select', options: [{ value: '', label: t('admin.noReplacement') }, ...options.filter((o) => o.value !== v.term)] },
        ]}
        submitLabel={t('admin.deprecate')}
        done={(v) => t('admin.deprecated', { name: labelOf(v.term) })}
      />
    </AdminPanel>
  );
};
