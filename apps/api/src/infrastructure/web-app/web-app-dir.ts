import * as fs from 'node:fs';
import * as path from 'node:path';

/** Where `npm run build` puts the web application (vite.config.mjs: dist/apps/web under the repository). */
const BUILT = path.join('dist', 'apps', 'web');

/**
 * The built web application's folder: SAMSYN_WEB_DIR, else dist/apps/web in the nearest folder
 * above this file that has one (the server runs from dist/ and, in tests, from the sources).
 * Undefined when the application was not built.
 */
export const findWebAppDir = (configured: string | undefined, from: string = __dirname): string | undefined => {
  if (configured) return fs.existsSync(path.join(configured, 'index.html')) ? path.resolve(configured) : undefined;
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, BUILT);
    if (fs.existsSync(path.join(candidate, 'index.html'))) return candidate;
    if (dir === path.dirname(dir)) return undefined;
  }
};
