// Path aliases are declared once, in tsconfig.json, and derived here.
const { compilerOptions } = require('./tsconfig.json');

const moduleNameMapper = {};
for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
  const from = '^' + alias.replace('/*', '/(.*)') + '$';
  moduleNameMapper[from] = '<rootDir>/' + target.replace('/*', '/$1');
}

// NestJS 12 ships ES modules only: let swc transform them (and their ESM deps) to CommonJS.
const esmPackages = ['@nestjs', 'jose', 'uid', 'file-type', 'strtok3', 'token-types', 'peek-readable', '@tokenizer', 'uint8array-extras', 'load-esm', 'bpmn-moddle', 'moddle', 'moddle-xml', 'min-dash', 'saxen'];

// The OpenID provider the sign-in tests start (test/support/oidc-provider.ts) and its ESM-only dependencies.
esmPackages.push('oidc-provider', 'got', '@sindresorhus/is', '@szmarczak/http-timer', 'cacheable-lookup', 'cacheable-request', 'mimic-response', 'normalize-url', 'responselike', 'lowercase-keys', 'form-data-encoder', 'p-cancelable', 'nanoid', 'quick-lru');

module.exports = {
  testEnvironment: 'node',
  rootDir: __dirname,
  roots: ['<rootDir>/libs', '<rootDir>/apps', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/test/bench/'],
  moduleNameMapper,
  transform: {
    '^.+\\.(t|j|mj)s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  // Hooks that build a world through the HTTP API take seconds on a loaded 2-core machine; the
  // default 5 s made them flaky there. No test asserts a timing (the hostile-input specs bound their own).
  testTimeout: 30_000,
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  // A skipped required test is a failure in CI: see .ci/run and test/support/no-skips-reporter.js
  reporters: ['default', '<rootDir>/test/support/no-skips-reporter.js'],
};
