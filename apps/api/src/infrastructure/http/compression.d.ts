// The slice of `compression` 1.8 this app uses. @types/compression would bring @types/express,
// which the app does without (express-types.ts).
declare module 'compression' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  interface CompressionOptions {
    threshold?: number | string;
    filter?: (req: IncomingMessage, res: ServerResponse) => boolean;
  }
  type Middleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;
  interface Compression {
    (options?: CompressionOptions): Middleware;
    /** The default filter: the Content-Type is one the mime database calls compressible. */
    filter(req: IncomingMessage, res: ServerResponse): boolean;
  }
  const compression: Compression;
  export default compression;
}
