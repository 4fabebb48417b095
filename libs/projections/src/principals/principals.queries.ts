import { byId } from '../queries/by-id';
import type { AsOf } from '../read-model-queries.port';
import type { ReadModelReader } from '../queries/read-model-reader';
import { principalsProjection, type KnownPrincipal } from './principals.projection';

export interface PrincipalQueries {
  /** Every known principal by id; with `prefix`, those whose id starts with it (an autocomplete). */
  principals(asOf: AsOf, prefix?: string): Promise<KnownPrincipal[]>;
}

export const principalQueries = (read: ReadModelReader): PrincipalQueries => ({
  async principals(asOf, prefix = '') {
    const all = Object.values((await read.state(principalsProjection, asOf)).principals);
    const p = prefix.toLowerCase();
    return all.filter((x) => x.id.toLowerCase().startsWith(p)).sort(byId);
  },
});
