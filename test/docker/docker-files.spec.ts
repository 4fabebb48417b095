import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { load } from 'js-yaml';
import { configFromEnv } from '../../apps/api/src/infrastructure/config/api-config';

/**
 * No Docker engine runs where this repository is tested, so the image and the compose files are
 * checked as text (docker/README.md): every compose file parses as YAML, every variable the
 * Dockerfile or a compose file gives the API is one the server's config loader reads (a typo
 * would be ignored silently), and each API service's settings load as a config.
 */
const DOCKER = path.join(__dirname, '..', '..', 'docker');
const ROOT = path.join(__dirname, '..', '..');
/** Variables the image sets for Node and the libraries, not for Samsyn's config. */
const NOT_SAMSYN = new Set(['NODE_ENV']);

interface ComposeService {
  build?: unknown;
  image?: string;
  environment?: string[] | Record<string, string>;
  healthcheck?: { test: string[] };
  volumes?: string[];
}
const composeFiles = fs.readdirSync(DOCKER).filter((f) => /^compose(\..+)?\.ya?ml$/.test(f));
const compose = (file: string) => load(fs.readFileSync(path.join(DOCKER, file), 'utf8')) as { services: Record<string, ComposeService>; volumes?: Record<string, unknown> };
const envOf = (s: ComposeService): Record<string, string> =>
  Array.isArray(s.environment)
    ? Object.fromEntries(s.environment.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]))
    : { ...(s.environment ?? {}) };
/** The services built from this repository's Dockerfile: the API. */
const apiServices = (file: string) => Object.entries(compose(file).services).filter(([, s]) => s.build !== undefined);

const dockerfile = fs.readFileSync(path.join(DOCKER, 'Dockerfile'), 'utf8');
/** `ENV A=1 \ B=2` instructions, continuation lines joined. */
const dockerfileEnv = (): Record<string, string> => {
  const joined = dockerfile.replace(/\\\n\s*/g, ' ');
  const env: Record<string, string> = {};
  for (const line of joined.split('\n').filter((l) => /^ENV\s/.test(l))) for (const [, k, v] of line.slice(4).matchAll(/([A-Z_][A-Z0-9_]*)=(\S+)/g)) env[k] = v;
  return env;
};

/** Every variable name configFromEnv reads, taken from the loader itself. */
const readByConfig = (): Set<string> => {
  const read = new Set<string>();
  const env = new Proxy({} as NodeJS.ProcessEnv, { get: (_t, key) => (typeof key === 'string' && read.add(key), undefined) });
  configFromEnv(env);
  return read;
};

describe('docker/: the image and the compose files', () => {
  it('there is a compose file for the embedded store and one for PostgreSQL, and every compose file parses', () => {
    expect(composeFiles).toEqual(expect.arrayContaining(['compose.yaml', 'compose.postgres.yml']));
    for (const f of composeFiles) expect([f, typeof compose(f).services]).toEqual([f, 'object']);
    expect(envOf(apiServices('compose.yaml')[0][1]).SAMSYN_STORE).toBe('sqlite');
    expect(envOf(apiServices('compose.postgres.yml')[0][1]).SAMSYN_STORE).toBe('postgres');
  });

  it('every variable the Dockerfile and the compose files give the API is one the server reads', () => {
    const known = readByConfig();
    expect(known.has('SAMSYN_DATA_DIR')).toBe(true);
    const given = new Set([...Object.keys(dockerfileEnv()), ...composeFiles.flatMap((f) => apiServices(f).flatMap(([, s]) => Object.keys(envOf(s))))]);
    expect(given.size).toBeGreaterThan(3);
    const unknown = [...given].filter((name) => !known.has(name) && !NOT_SAMSYN.has(name));
    expect(unknown).toEqual([]);
  });

  it("each API service's settings load as a config, with the image's defaults under them", () => {
    for (const f of composeFiles) {
      for (const [name, s] of apiServices(f)) {
        const config = configFromEnv({ ...dockerfileEnv(), ...envOf(s) });
        expect([f, name, config.dataDir, config.port]).toEqual([f, name, '/data', 3000]);
        // The data directory is a named volume, so the store outlives the container.
        expect([f, name, (s.volumes ?? []).some((v) => /^[a-z][\w-]*:\/data$/.test(v))]).toEqual([f, name, true]);
      }
    }
  });

  it('the image runs Node 24 as a non-root user, keeps /data in a volume and checks /health/ready', () => {
    const base = /^ARG NODE_IMAGE=node:(\d+)\.(\d+)\.(\d+)-bookworm-slim(?:@sha256:[0-9a-f]{64})?$/m.exec(dockerfile);
    expect(base?.[1]).toBe('24');
    // The same Node as CI's Node 24 run (.ci/run).
    const ci = fs.readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8');
    expect(ci).toContain(`node24_version=${base!.slice(1).join('.')}`);
    expect(dockerfile.match(/^FROM \$\{NODE_IMAGE\} AS (\w+)$/gm)).toEqual(['FROM ${NODE_IMAGE} AS build', 'FROM ${NODE_IMAGE} AS runtime']);
    const runtime = dockerfile.slice(dockerfile.indexOf('AS runtime'));
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).not.toMatch(/g\+\+|python3/);
    expect(runtime).toMatch(/^VOLUME \["\/data"\]$/m);
    expect(dockerfileEnv().SAMSYN_DATA_DIR).toBe('/data');
    const check = /HEALTHCHECK [^\n]*\n\s*CMD \["node", "-e", "((?:[^"\\]|\\.)*)"\]/.exec(dockerfile);
    expect(check?.[1]).toContain('/health/ready');
    expect(() => new vm.Script(JSON.parse(`"${check![1]}"`))).not.toThrow();
  });

  it("the compose files' API health checks ask /health/ready with a script that compiles", () => {
    for (const f of ['compose.yaml', 'compose.postgres.yml']) {
      const [, api] = apiServices(f)[0];
      const test = api.healthcheck?.test ?? [];
      expect([f, test.slice(0, 3)]).toEqual([f, ['CMD', 'node', '-e']]);
      expect(test[3]).toContain('/health/ready');
      expect(() => new vm.Script(test[3])).not.toThrow();
    }
  });
});
