import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The command-line tools of docs/openapi.md, run as a developer runs them (node, no shell). */
export const ROOT = path.resolve(__dirname, '..', '..', '..');
const bin = (pkg: string, file: string): string => path.join(ROOT, 'node_modules', pkg, file);

export interface Run {
  status: number | null;
  stdout: string;
  /** stdout and stderr. */
  out: string;
}

const run = (script: string, args: string[]): Run => {
  const r = spawnSync(process.execPath, [script, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1', REDOCLY_TELEMETRY: 'off' } });
  return { status: r.status, stdout: r.stdout ?? '', out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
};

/** openapi-typescript: the document → a .d.ts of its paths and schemas. */
export const generateTypes = (documentFile: string, outFile: string): Run => run(bin('openapi-typescript', 'bin/cli.js'), [documentFile, '-o', outFile]);

/** tsc --strict over the given files (noEmit), with the DOM's fetch types openapi-fetch uses. */
export const typecheckStrict = (dir: string, files: string[]): Run => {
  const config = path.join(dir, 'tsconfig.strict.json');
  const compilerOptions = { strict: true, noEmit: true, target: 'ES2022', module: 'commonjs', moduleResolution: 'node', lib: ['ES2023', 'DOM'], types: [], skipLibCheck: true, esModuleInterop: true };
  fs.writeFileSync(config, JSON.stringify({ compilerOptions, files }, null, 2));
  return run(bin('typescript', 'bin/tsc'), ['-p', config, '--pretty', 'false']);
};

export interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location?: { pointer?: string }[];
}

/** @redocly/cli lint with its recommended rules; the JSON report. */
export const redoclyLint = (documentFile: string): { totals: { errors: number; warnings: number }; problems: LintProblem[]; raw: Run } => {
  const raw = run(bin('@redocly/cli', 'bin/cli.js'), ['lint', documentFile, '--format=json']);
  const report = JSON.parse(raw.stdout.slice(raw.stdout.indexOf('{'))) as { totals: { errors: number; warnings: number }; problems: LintProblem[] };
  return { ...report, raw };
};
