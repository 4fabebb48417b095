/**
 * `node -r ./test/support/swc-register.js apps/api/src/main.ts`: runs our TypeScript sources
 * without a tsc build, for tests that start the API as a real OS process. Each .ts file is
 * compiled on require with @swc/core (the same settings as jest.config.js), and the @samsyn/*
 * aliases of tsconfig.json resolve against the sources. Packages in node_modules are left to
 * Node: NestJS 12 is ESM-only and Node ≥ 20.19 loads it through require(esm) natively.
 */
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const { transformSync } = require('@swc/core');
const tsConfigPaths = require('tsconfig-paths');

const root = path.resolve(__dirname, '..', '..');
const { compilerOptions } = require(path.join(root, 'tsconfig.json'));
tsConfigPaths.register({ baseUrl: root, paths: compilerOptions.paths });

// Stack traces point into the .ts sources through the inline source maps.
process.setSourceMapsEnabled(true);

const SWC_OPTIONS = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
  },
  // Dynamic import() of an alias (open-store.ts) must become require() so the aliases apply.
  module: { type: 'commonjs', ignoreDynamic: false },
  sourceMaps: 'inline',
  swcrc: false,
  configFile: false,
};

Module._extensions['.ts'] = function compileTypeScript(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(source, { ...SWC_OPTIONS, filename });
  module._compile(code, filename);
};
