import type { ReadModelQueries } from '../read-model-queries.port';
import type { ReadModelReader } from '../queries/read-model-reader';
import { catalogueProjection } from '../catalogue/catalogue.projection';
import { directoryProjection } from '../directory/directory.projection';
import { handoverRegister } from './handover-register';

/**
 * The handovers have no read model of their own: they are the catalogue's head definitions seen
 * against the directory's terms and systems, so they are computed from those two read models as
 * of the same moment (a projection of their own would keep a second copy of every definition).
 */
export const handoverQueries = (read: ReadModelReader): Pick<ReadModelQueries, 'handovers'> => ({
  async handovers(filter, asOf) {
    const [cat, dir] = await Promise.all([read.state(catalogueProjection, asOf), read.state(directoryProjection, asOf)]);
    return handoverRegister(cat, dir, filter);
  },
});
