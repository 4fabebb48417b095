import type { ReadModelQueries } from '../read-model-queries.port';
import { byId } from '../queries/by-id';
import type { ReadModelReader } from '../queries/read-model-reader';
import { catalogueProjection } from '../catalogue/catalogue.projection';
import { directoryProjection } from './directory.projection';
import { systemRegister } from './system-register.view';

/** The registers (GET /stakeholders, /bodies, /terms, /systems): entries of the directory, by id. */
export const directoryQueries = (read: ReadModelReader): Pick<ReadModelQueries, 'stakeholders' | 'bodies' | 'terms' | 'systems'> => ({
  async stakeholders(asOf) {
    return Object.values((await read.state(directoryProjection, asOf)).stakeholders).sort(byId);
  },

  async bodies(asOf) {
    return Object.values((await read.state(directoryProjection, asOf)).bodies).sort(byId);
  },

  async terms(asOf) {
    return Object.values((await read.state(directoryProjection, asOf)).terms).sort(byId);
  },

  async systems(asOf) {
    const [dir, cat] = await Promise.all([read.state(directoryProjection, asOf), read.state(catalogueProjection, asOf)]);
    return systemRegister(dir, cat);
  },
});
