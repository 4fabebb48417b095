import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
export const WEB_DIST = path.join(ROOT, 'dist', 'apps', 'web');
const SOURCES = [path.join(ROOT, 'apps', 'web'), path.join(ROOT, 'package-lock.json')];

const newest = (p: string): number => {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return fs.readdirSync(p).reduce((m, f) => (f === 'node_modules' ? m : Math.max(m, newest(path.join(p, f)))), st.mtimeMs);
};

/** Builds the web application when its build is missing or older than its sources, so `npm test` works on a fresh clone. */
export const ensureWebBuild = (): void => {
  const index = path.join(WEB_DIST, 'index.html');
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= Math.max(...SOURCES.map(newest))) return;
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', path.join(ROOT, 'apps', 'web', 'vite.config.mjs')], {
    cwd: ROOT,
    // Jest sets NODE_ENV=test, and a Vite build that inherits it bundles React's development build.
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
};
