// The layering (README "Layout"), checked by `npm test` (test/architecture/layers.spec.ts):
// the domain at the bottom, the store port above it, the adapters above the port, the read
// models and the application above those, the apps on top. Type-only imports count: they couple
// the layers as much as any other.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-imports-nothing-outside',
      comment: 'The domain is pure: no other lib, no app, no framework, no database, no Node built-in (fast-json-patch applies its RFC 6902 patches).',
      severity: 'error',
      from: { path: '^libs/domain/', pathNot: '\\.spec\\.ts$' },
      to: { pathNot: ['^libs/domain/', '^node_modules/fast-json-patch/'] },
    },
    {
      name: 'libs-never-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'stores-never-import-read-side-or-application',
      comment: 'An adapter knows the port, never what is built on it (its tests may drive it from above).',
      severity: 'error',
      from: { path: '^libs/store-', pathNot: '\\.spec\\.ts$' },
      to: { path: '^libs/(projections|application)/' },
    },
    {
      name: 'port-never-imports-adapters-read-side-or-application',
      severity: 'error',
      from: { path: '^libs/event-store/', pathNot: '\\.spec\\.ts$' },
      to: { path: '^libs/(store-[^/]+|open-store|projections|application)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
