import { useTranslation } from 'react-i18next';
import type { DefinitionComparison } from '../lib/definition/compare-definitions';

const show = (v: unknown): string => (v === undefined ? '' : Array.isArray(v) ? v.join(', ') : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v));

/** A comparison as a table of old → new values; removed text struck through and labelled, never colour alone. */
export const ComparisonView = ({ comparison, nameOfStakeholder }: { comparison: DefinitionComparison; nameOfStakeholder: (id: string) => string }) => {
  const { t } = useTranslation('comparison');
  const rows: { what: string; field: string; old: unknown; new: unknown; change: string }[] = [];
  if (comparison.purpose) rows.push({ what: t('purpose'), field: '', old: comparison.purpose.old, new: comparison.purpose.new, change: 'changed' });
  for (const p of comparison.participants.added) rows.push({ what: t('participants'), field: '', old: undefined, new: nameOfStakeholder(p), change: 'added' });
  for (const p of comparison.participants.removed) rows.push({ what: t('participants'), field: '', old: nameOfStakeholder(p), new: undefined, change: 'removed' });
  for (const e of comparison.elements)
    for (const f of e.fields) rows.push({ what: `${t(e.kind)} ${e.id}`, field: t(`fields.${f.field}`, { defaultValue: f.field }), old: f.old, new: f.new, change: e.change });
  if (rows.length === 0) return <p>{t('none')}</p>;
  return (
    <table className="comparison">
      <caption>{t('caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('what')}</th>
          <th scope="col">{t('change')}</th>
          <th scope="col">{t('field')}</th>
          <th scope="col">{t('old')}</th>
          <th scope="col">{t('new')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i} data-change={r.change}>
            <th scope="row">{r.what}</th>
            <td>{t(`changes.${r.change}`)}</td>
            <td>{r.field}</td>
            <td>{r.old === undefined ? <span className="muted">–</span> : <del className="diff-old">{show(r.old)}</del>}</td>
            <td>{r.new === undefined ? <span className="muted">–</span> : <ins className="diff-new">{show(r.new)}</ins>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};
