import { run } from '../main';

/** Runs one `samsyn` command line in-process against a data directory and collects what it said. */
export const runCli = async (dir: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> => {
  let out = '';
  let err = '';
  const code = await run(['--data-dir', dir, ...argv], {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    isTTY: false,
    env: {},
    cwd: dir,
  });
  return { code, out, err };
};
