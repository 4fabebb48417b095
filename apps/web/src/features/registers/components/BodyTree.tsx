import { useTranslation } from 'react-i18next';
import type { Body } from '../../../lib/types';

/** The governance bodies as the tree they are: portfolio → administration → object, with members. */
export const BodyTree = ({ bodies, parent = null }: { bodies: Body[]; parent?: string | null }) => {
  const { t } = useTranslation();
  const level = bodies.filter((b) => b.parent === parent);
  if (level.length === 0) return null;
  return (
    <ul className="tree">
      {level.map((b) => (
        <li key={b.id} data-body={b.id}>
          <strong>{b.name}</strong> <span className="muted">({t(`levels.${b.level}`)})</span> — {b.members.join(', ') || '–'}
          <BodyTree bodies={bodies} parent={b.id} />
        </li>
      ))}
    </ul>
  );
};
