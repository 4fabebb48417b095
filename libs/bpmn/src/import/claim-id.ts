import { DEFINITION_ID } from '@samsyn/domain/process/definition-validation';
import type { WarningLog } from './import-limits';

/** The wanted id if the definition accepts it and it is free; else the nearest that is, with a warning. */
export const claimId = (wanted: string, used: Set<string>, kind: 'step' | 'handover', warnings: WarningLog | undefined): string => {
  if (DEFINITION_ID.test(wanted) && !used.has(wanted)) {
    used.add(wanted);
    return wanted;
  }
  const reason = DEFINITION_ID.test(wanted) ? 'taken' : 'invalid';
  const base = wanted.replace(/[^A-Za-z0-9_.-]/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 90) || kind;
  let id = DEFINITION_ID.test(base) ? base : kind;
  for (let i = 2; used.has(id); i++) id = `${base}-${i}`;
  used.add(id);
  warnings?.add(`id-${kind}-${reason}`, { wanted: wanted.slice(0, 60), id });
  return id;
};
