import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'url', 'zlib', 'stream', 'worker_threads', 'process', 'buffer'];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'bench/.work/**', 'bench/results/**', '**/vendor-assets/**', 'out/**', '.goradar/**', 'tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-constant-condition': ['error', { checkLoops: false }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // The Go-semantics package is pure: no Node APIs, no I/O.
    files: ['packages/gomod/src/**/*.ts', 'packages/gosrc/src/**/*.ts'],
    ignores: ['packages/*/src/**/*.test.ts', 'packages/*/src/**/test-support/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: nodeBuiltins.map((group) => ({ group: [group], message: 'Pure packages stay free of Node APIs.' })) }],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require'],
    },
  },
);
