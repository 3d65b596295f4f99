// Lint rules, chiefly the import rules of the architecture (see README "Architecture"):
// shared/ is pure, renderer/ is browser-only, and only the Electron wiring imports `electron`.
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

const restrict = (patterns, paths = []) => ({
  'no-restricted-imports': ['error', { paths, patterns }],
});

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'coverage/', 'tests/fixtures/lint/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    rules: restrict(
      [
        { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ is pure: it imports nothing from electron/ or renderer/.' },
        { group: ['@lexical/*'], message: 'shared/ runs in Node and the browser alike.' },
      ],
      [
        ...nodeBuiltins.map((name) => ({ name, message: 'shared/ imports no Node built-in.' })),
        ...['electron', 'react', 'react-dom', 'lexical'].map((name) => ({ name, message: 'shared/ runs in Node and the browser alike.' })),
      ],
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: restrict(
      [
        { group: ['**/electron/**'], message: 'renderer/ reaches the Node side only through the API contract in shared/api.ts.' },
      ],
      [
        ...nodeBuiltins.map((name) => ({ name, message: 'renderer/ is browser code: no Node built-ins.' })),
        { name: 'electron', message: 'renderer/ never imports electron.' },
      ],
    ),
  },
  {
    files: ['electron/**/*.{ts,tsx}'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: restrict(
      [{ group: ['**/renderer/**'], message: 'electron/ does not import the renderer.' }],
      [{ name: 'electron', message: 'Only the Electron wiring (electron/main, electron/preload) imports electron; services stay plain Node.' }],
    ),
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: restrict([{ group: ['**/renderer/**'], message: 'electron/ does not import the renderer.' }]),
  },
);
