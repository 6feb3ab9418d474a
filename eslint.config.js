// Lint rules that keep the layers of ARCHITECTURE.md apart, plus type-aware checks.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import checkFile from 'eslint-plugin-check-file';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// Imports point down only: app → features → data · ui · stores · hooks → domain · lib · config.
const layerZones = [
  {
    target: './src/domain',
    from: ['./src/app', './src/features', './src/data', './src/ui', './src/stores', './src/hooks', './src/lib'],
    message: 'domain is pure: no React, Dexie, SheetJS or app code.',
  },
  {
    target: ['./src/lib', './src/config'],
    from: ['./src/app', './src/features', './src/data', './src/ui', './src/stores', './src/hooks'],
    message: 'lib and config are the bottom floor.',
  },
  {
    target: ['./src/data', './src/ui', './src/stores', './src/hooks'],
    from: ['./src/app', './src/features'],
    message: 'data, ui, stores and hooks may not import features or app.',
  },
  { target: './src/features', from: './src/app', message: 'features may not import app (app composes features).' },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features never import each other: go through data, or compose them in app/.',
  })),
];

// The product's knowledge stays testable without a browser: no UI or state library in domain.
const uiLibraries = ['react', 'react-dom', 'dexie-react-hooks', 'zustand'].map((name) => ({
  name,
  message: 'domain is pure: no React, hooks or stores here (move the code to features/, hooks/ or stores/).',
}));

const restrictedImports = (allow = {}) => [
  'error',
  {
    paths: [
      ...(allow.uiLibraries === false ? uiLibraries : []),
      ...(allow.dexie ? [] : [{ name: 'dexie', message: 'Dexie may be used only under src/data/.' }]),
      ...(allow.xlsx
        ? []
        : [{ name: 'xlsx', message: 'SheetJS may be imported only in src/lib/xlsx.ts (and its worker).' }]),
      ...(allow.pouchdb
        ? []
        : [
            {
              name: 'pouchdb-browser',
              message: 'PouchDB is loaded on demand, only under src/data/sync/ (features never see it).',
            },
          ]),
      ...(allow.zustandCreate
        ? []
        : [{ name: 'zustand', importNames: ['create'], message: 'Create zustand stores only in *-store.ts files.' }]),
    ],
  },
];

const noEnums = { selector: 'TSEnumDeclaration', message: 'Use a string-literal union, not an enum.' };
// Spreading an array into a call's arguments (Math.max(...rows), list.push(...more)) puts every
// element on the stack: past ~100,000 it throws "Maximum call stack size exceeded". Plans that big
// are real, and crafted files bigger, so the app's code loops instead.
const noSpreadArguments = {
  selector: 'CallExpression > SpreadElement, NewExpression > SpreadElement',
  message: 'No spread into call arguments (it overflows the stack on big arrays): use a loop or reduce.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks, 'check-file': checkFile },
    settings: {
      // Without the parser and extensions settings import-x cannot read .ts/.tsx files it follows,
      // and no-cycle silently finds nothing (a planted two-file cycle passed).
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      'no-restricted-syntax': ['error', noEnums],
      'no-restricted-imports': restrictedImports(),
      'import-x/no-cycle': 'error',
      'import-x/no-default-export': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      // Files are named for their main export in kebab-case (get-coverage.ts → getCoverage);
      // middle extensions (.test, .spec, .worker) are allowed.
      'check-file/filename-naming-convention': [
        'error',
        { '{src,test}/**/*.{ts,tsx,js,mjs}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { '{src,test}/**/': 'KEBAB_CASE' }],
    },
  },
  { files: ['src/**'], rules: { 'no-restricted-syntax': ['error', noEnums, noSpreadArguments] } },
  { files: ['src/domain/**'], rules: { 'no-restricted-imports': restrictedImports({ uiLibraries: false }) } },
  { files: ['src/data/**', 'test/data/**'], rules: { 'no-restricted-imports': restrictedImports({ dexie: true }) } },
  {
    files: ['src/data/sync/**'],
    rules: { 'no-restricted-imports': restrictedImports({ dexie: true, pouchdb: true }) },
  },
  {
    files: ['src/lib/xlsx.ts', 'src/lib/*.worker.ts', 'test/**'],
    rules: { 'no-restricted-imports': restrictedImports({ xlsx: true, dexie: true, pouchdb: true }) },
  },
  { files: ['src/**/*-store.ts'], rules: { 'no-restricted-imports': restrictedImports({ zustandCreate: true }) } },
  { files: ['*.config.ts', '*.config.js'], rules: { 'import-x/no-default-export': 'off' } },
  {
    // Every journey runs with the Content-Security-Policy watch of support/test.ts.
    files: ['test/e2e/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              importNames: ['test', 'expect'],
              message: 'Import test and expect from ./support/test (it watches the Content-Security-Policy).',
            },
          ],
        },
      ],
    },
  },
  { files: ['eslint.config.js', '**/*.mjs', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
  // A preload for Node (src/server/fix-pouchdb-validation.cjs) must be CommonJS: --require loads it.
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
