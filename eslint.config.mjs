// Lints the TypeScript sources and holds the architecture's boundaries
// (ARCHITECTURE.md, "Invariants"): the core touches no disk, process, clock,
// editor or protocol; only the CLI, the node host and the LSP adapter do.
// Type-aware rules are left out to keep `npm test` quick.
import { readFileSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The core: pure, given a host, a clock and timers by whoever runs it. */
// The core is everything under server/src but the CLI, the LSP adapter, the
// Node host and the two executables: a new folder is core unless named here.
const CORE = ['server/src/**'];
const NOT_CORE = [
  'server/src/cli/**',
  'server/src/lsp/**',
  'server/src/node/**',
  'server/src/cli.ts',
  'server/src/server.ts',
];

const IO_MODULES = [
  'fs',
  'fs/promises',
  'child_process',
  'os',
  'net',
  'http',
  'https',
  'worker_threads',
  'dgram',
  'tls',
];
const coreImports = [
  ...IO_MODULES.flatMap((m) => [
    { name: m, message: 'The core reads files only through the FileSystemHost it is handed.' },
    { name: `node:${m}`, message: 'The core reads files only through the FileSystemHost it is handed.' },
  ]),
  { name: 'vscode', message: 'The core knows nothing of VS Code.' },
];
const corePatterns = [
  {
    group: ['vscode-languageserver*', 'vscode-languageclient*', 'vscode-jsonrpc*'],
    message: 'The core knows nothing of LSP: that is lsp/.',
  },
  {
    group: ['**/cli/**', '../cli', '**/lsp/**', '../lsp', '**/node/**', '../node'],
    message: 'The core does not import the CLI, the LSP adapter or the Node host.',
  },
];

/**
 * The floors of server/src, lowest first (server/src/floors.json; ARCHITECTURE.md, "Floors"): a
 * folder imports only from its own floor and those below it, so the core
 * reads bottom-up and has no cycle between folders. The top-level files
 * (cli.ts, server.ts, index.ts) stand above them all; protocol.ts, which
 * the client shares, stands above features.
 */
export const FLOORS = JSON.parse(readFileSync(new URL('./server/src/floors.json', import.meta.url), 'utf8'));

const floorName = (f) => f.replace(/\.ts$/, '');
/** Each folder's rule: the core's boundaries where they hold, and no import of a floor above. */
const floorConfigs = FLOORS.filter((f) => !f.endsWith('.ts')).map((folder) => {
  const core = !['cli', 'lsp', 'node'].includes(folder);
  // In the core, the CLI, the adapter and the Node host are refused already (corePatterns), once.
  const above = FLOORS.slice(FLOORS.indexOf(folder) + 1)
    .map(floorName)
    .filter((f) => !core || !['cli', 'lsp', 'node'].includes(f));
  return {
    files: [`server/src/${folder}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: core ? coreImports : [],
          patterns: [
            ...(core ? corePatterns : []),
            {
              regex: `^(?:\\.\\./)+(?:${above.join('|')})(?:/|$)`,
              message: `${folder}/ stands on a lower floor: it does not import ${above.join(', ')} (ARCHITECTURE.md, "Floors").`,
            },
          ],
        },
      ],
    },
  };
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.cache/**',
      '.scratch/**',
      'coverage/**',
      'test/e2e/screenshots/**',
      '**/*.generated.*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
        module: 'readonly',
        URL: 'readonly',
        performance: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setImmediate: 'readonly',
        clearImmediate: 'readonly',
        Buffer: 'readonly',
        fetch: 'readonly',
        TextEncoder: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    files: CORE,
    ignores: NOT_CORE,
    rules: {
      'no-restricted-imports': ['error', { paths: coreImports, patterns: corePatterns }],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'The core does not touch the process: take what you need as a parameter.' },
        { name: 'setTimeout', message: 'The core schedules through the Timers it is handed.' },
        { name: 'setImmediate', message: 'The core schedules through the Timers it is handed.' },
        { name: 'setInterval', message: 'The core schedules through the Timers it is handed.' },
        { name: 'fetch', message: 'No network request of any kind.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'The core reads the time only from its Clock (or a `today` parameter).',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'The core reads the time only from its Clock.',
        },
        { selector: 'Literal[value=/^treatmentPlan\\//]', message: 'Request names are written once, in protocol.ts.' },
      ],
    },
  },
  ...floorConfigs,
  // A function is one idea: past 80 lines it is split along its ideas (ARCHITECTURE.md).
  {
    files: ['server/src/**/*.ts', 'client/src/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }] },
  },
  // The protocol file is where request names are written.
  { files: ['server/src/protocol.ts'], rules: { 'no-restricted-syntax': 'off' } },
  // The client and the adapter use the protocol's constants, never a name of their own.
  {
    files: ['client/src/**', 'server/src/lsp/**', 'server/src/cli/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Literal[value=/^treatmentPlan\\//]',
          message: 'Request names are written once, in server/src/protocol.ts.',
        },
      ],
    },
  },
  // The client is glue: of the server it knows the protocol only (types, request names, export
  // formats); whatever else it needs, the server answers (ARCHITECTURE.md, "A thin client").
  {
    files: ['client/src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/src/**', '!**/server/src/protocol', '!**/server/src/protocol.ts'],
              message: 'The client imports only the protocol of the server (server/src/protocol.ts).',
            },
          ],
        },
      ],
    },
  },
  // The preview's script runs in the webview; the e2e drivers pass functions to the page.
  {
    files: ['media/**/*.js', 'test/e2e/*.mjs'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly', acquireVsCodeApi: 'readonly' } },
  },
  // The two executables' loader and the code-cache makers are CommonJS, run by Node as they are.
  {
    files: ['scripts/*.cjs'],
    languageOptions: { globals: { __filename: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // FHIR resources in tests are free-form JSON.
  { files: ['test/unit/render.test.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
);
