// Lint rules, chiefly the import rules of the architecture (see README "Architecture").
// The layers are allow-lists (eslint-plugin-boundaries): a file may import only what its layer lists below, so a new
// package or a new reach across layers needs an entry here. Tests, benchmarks, scripts and config files are no layer.
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

// Each folder of the architecture is one element; a file belongs to the first descriptor that matches its path.
const layers = [
  { type: 'shared', pattern: 'shared' },
  { type: 'editor', pattern: 'renderer/editor' },
  { type: 'renderer-api', pattern: 'renderer/api' },
  { type: 'app', pattern: 'renderer/app' },
  { type: 'screens', pattern: 'renderer/screens' },
  { type: 'renderer-entry', pattern: 'renderer/src' },
  { type: 'renderer-styles', pattern: 'renderer/styles' },
  { type: 'storage', pattern: 'electron/services/storage' },
  { type: 'services', pattern: 'electron/services' },
  { type: 'main', pattern: 'electron/main' },
  { type: 'preload', pattern: 'electron/preload' },
  { type: 'cli', pattern: 'electron/cli' },
  { type: 'web-host', pattern: 'electron/web-host' },
].map((layer) => ({ ...layer, partialMatch: false }));

const layersBelow = (...types) => ({ to: { element: { types } } });
const packages = (...sources) => ({ to: { module: { origin: 'external', source: sources } } });
const nodeBuiltins = { to: { module: { origin: 'core' } } };

// Packages per side. shared/ runs in Node and the browser alike, so it takes only pure packages.
const sharedPackages = packages('zod', 'date-fns', 'docx', 'diff');
const browserPackages = packages('react', 'react-dom', 'lexical', '@lexical/*');
const nodePackages = packages('better-sqlite3', 'zod', 'date-fns', 'fflate', '@xmldom/xmldom');

const policy = (from, allow) => ({ from: { element: { types: from } }, allow });

// What each layer may import. Inside renderer/: editor < app < screens (renderer-api is the transport, below app);
// inside electron/: storage < services < main / cli / web-host, and the last three never import each other.
const layerPolicies = [
  policy('shared', [sharedPackages]),
  policy('editor', [layersBelow('shared'), browserPackages]),
  policy('renderer-api', [layersBelow('shared'), browserPackages]),
  policy('app', [layersBelow('shared', 'editor', 'renderer-api'), browserPackages]),
  policy('screens', [layersBelow('shared', 'editor', 'renderer-api', 'app'), browserPackages]),
  policy('renderer-entry', [layersBelow('shared', 'editor', 'renderer-api', 'app', 'screens', 'renderer-styles'), browserPackages]),
  policy('storage', [layersBelow('shared'), nodeBuiltins, nodePackages]),
  policy('services', [layersBelow('shared', 'storage'), nodeBuiltins, nodePackages]),
  policy(['cli', 'web-host'], [layersBelow('shared', 'storage', 'services'), nodeBuiltins, nodePackages]),
  // Only the Electron wiring (main, preload) imports electron.
  policy('main', [layersBelow('shared', 'storage', 'services'), nodeBuiltins, nodePackages, packages('electron')]),
  // The sandboxed preload has no Node and bundles no schema: electron, the plain method list and the bridge
  // contract, and types from anywhere in shared/.
  policy('preload', [
    packages('electron'),
    { to: { element: { type: 'shared', fileInternalPath: ['api-methods.ts', 'desktop-bridge.ts'] } } },
    { to: { element: { type: 'shared' } }, dependency: { kind: 'type' } },
  ]),
];

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'coverage/', 'tests/fixtures/lint/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.{ts,tsx}', 'renderer/**/*.{ts,tsx}', 'electron/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': layers,
      'boundaries/dependency-nodes': ['import', 'dynamic-import', 'export', 'require'],
      'boundaries/legacy-templates': false,
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json', '.css'] } },
    },
    rules: {
      // default disallow + every origin checked: what a layer does not list is refused, packages included.
      'boundaries/dependencies': ['error', { default: 'disallow', checkAllOrigins: true, checkUnknownLocals: true, policies: layerPolicies }],
      // A file in a layer folder that no layer describes would escape the rules: every source folder must be a layer.
      'boundaries/no-unknown-files': 'error',
      // An import that cannot be resolved cannot be placed in a layer.
      'boundaries/no-unknown-dependencies': 'error',
    },
  },
  {
    // What the preload bundles stays free of schemas: these two files take values only from each other.
    files: ['shared/api-methods.ts', 'shared/desktop-bridge.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{
          regex: '^(?!\\./api-methods$)',
          allowTypeImports: true,
          message: 'The sandboxed preload bundles this file: import only types here (and ./api-methods), so no schema follows.',
        }],
      }],
    },
  },
);
