import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';

/**
 * docker/pin-base-digest.sh against a registry API on 127.0.0.1 (this machine reaches no real
 * registry): it takes an anonymous pull token, asks for the tag's manifest list by HEAD and
 * writes the Docker-Content-Digest into the Dockerfile's ARG NODE_IMAGE line.
 */
const run = promisify(execFile);
const SCRIPT = path.join(__dirname, '..', '..', 'docker', 'pin-base-digest.sh');
const DOCKERFILE = path.join(__dirname, '..', '..', 'docker', 'Dockerfile');
const digestOf = (c: string) => `sha256:${c.repeat(64)}`;

describe('docker/pin-base-digest.sh', () => {
  let server: Server;
  let base: string;
  let digest = digestOf('a');
  const seen: { url: string; method: string; headers: IncomingHttpHeaders }[] = [];
  let dir: string;
  let dockerfile: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push({ url: req.url ?? '', method: req.method ?? '', headers: req.headers });
      if (req.url?.startsWith('/token?')) return res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ token: 'pull-token-1' }));
      if (req.method === 'HEAD' && req.url === '/v2/library/node/manifests/24.22.3-bookworm-slim' && req.headers.authorization === 'Bearer pull-token-1') {
        return res.writeHead(200, { 'Docker-Content-Digest': digest }).end();
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((r) => server.close(r)));
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samsyn-pin-'));
    dockerfile = path.join(dir, 'Dockerfile');
    fs.copyFileSync(DOCKERFILE, dockerfile);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const pin = (...args: string[]) =>
    run('bash', [SCRIPT, ...args], { env: { ...process.env, DOCKERFILE: dockerfile, PIN_WITH: 'registry', REGISTRY_URL: base, AUTH_URL: `${base}/token` } });
  const argLine = () => /^ARG NODE_IMAGE=.*$/m.exec(fs.readFileSync(dockerfile, 'utf8'))![0];

  it('pins the tag of the ARG line by the manifest list digest, and replaces an earlier pin', async () => {
    const tag = /^ARG NODE_IMAGE=(node:[^@\s]+)/m.exec(fs.readFileSync(DOCKERFILE, 'utf8'))![1];
    expect(tag).toBe('node:24.22.3-bookworm-slim');
    digest = digestOf('a');
    expect((await pin()).stdout.trim()).toBe(`ARG NODE_IMAGE=${tag}@${digest}`);
    expect(argLine()).toBe(`ARG NODE_IMAGE=${tag}@${digest}`);
    const head = seen.find((r) => r.method === 'HEAD')!;
    expect(head.headers.accept).toContain('application/vnd.docker.distribution.manifest.list.v2+json');
    expect(seen.find((r) => r.url.startsWith('/token?'))!.url).toBe('/token?service=registry.docker.io&scope=repository:library/node:pull');
    digest = digestOf('b');
    await pin();
    expect(argLine()).toBe(`ARG NODE_IMAGE=${tag}@${digest}`);
    // Everything but the ARG line is as it was.
    expect(fs.readFileSync(dockerfile, 'utf8').replace(/^ARG NODE_IMAGE=.*$/m, '')).toBe(fs.readFileSync(DOCKERFILE, 'utf8').replace(/^ARG NODE_IMAGE=.*$/m, ''));
  });

  it('leaves the Dockerfile as it is when the registry gives no digest or the tag is not a node tag', async () => {
    const before = fs.readFileSync(dockerfile, 'utf8');
    digest = 'sha256:not-hex';
    await expect(pin()).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('no digest for node:24.22.3-bookworm-slim') });
    await expect(pin('node:25.0.0-bookworm-slim')).rejects.toMatchObject({ code: expect.any(Number) });
    await expect(pin('evil/image:1')).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('not an official node image tag') });
    expect(fs.readFileSync(dockerfile, 'utf8')).toBe(before);
  });
});
