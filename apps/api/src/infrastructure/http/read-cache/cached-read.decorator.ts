import { SetMetadata } from '@nestjs/common';

export const CACHED_READ = 'samsyn:cached-read';

/**
 * A read whose answer depends only on the request (URL, Accept, Accept-Language) and the read models' position:
 * its live answers may be served from the read cache. Not for reads of the event store itself,
 * which can run ahead of the read models, nor for streams.
 */
export const CachedRead = (): ClassDecorator & MethodDecorator => SetMetadata(CACHED_READ, true);
