import { byId } from '../queries/by-id';
import type { ReadModelQueries } from '../read-model-queries.port';
import type { ReadModelReader } from '../queries/read-model-reader';
import { principalsProjection } from './principals.projection';

/** Every known principal by id; with `prefix`, those whose id starts with it (an autocomplete). */
export const principalQueries = (read: ReadModelReader): Pick<ReadModelQueries, 'principals'> => ({
  async principals(asOf, prefix = '') {
    const all = Object.values((await read.state(principalsProjection, asOf)).principals);
    const p = prefix.toLowerCase();
    return all.filter((x) => x.id.toLowerCase().startsWith(p)).sort(byId);
  },
});
