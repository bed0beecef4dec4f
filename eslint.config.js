import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import { readdirSync } from 'node:fs'

// Dependencies point one way: shared <- features <- app. mocks may use src/shared only.
const boundary = (message, group) => ({
  'no-restricted-imports': ['error', { patterns: [{ group, message }] }],
})

export default tseslint.config(
  {
    ignores: ['dist', 'node_modules', 'playwright-report', 'test-results', 'bench/floor/dist'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/shared/**/*.{ts,tsx}'],
    rules: boundary('shared must not depend on features or app', [
      '**/features/**',
      '**/app/**',
      '../../mocks/**',
    ]),
  },
  // A feature never imports another feature or the app; the app composes them.
  ...readdirSync('src/features').flatMap((feature) => [
    {
      files: [`src/features/${feature}/*/**/*.{ts,tsx}`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                regex: `^\\.\\./\\.\\./(?!${feature}/)[^./][^/]*/`,
                message: 'a feature must not import another feature',
              },
              { regex: '^(\\.\\./)+app/', message: 'a feature must not import the app' },
            ],
          },
        ],
      },
    },
    {
      files: [`src/features/${feature}/*.{ts,tsx}`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                regex: `^\\.\\./(?!${feature}/)[^./][^/]*/`,
                message: 'a feature must not import another feature',
              },
              { regex: '^(\\.\\./)+app/', message: 'a feature must not import the app' },
            ],
          },
        ],
      },
    },
  ]),
  {
    files: ['mocks/**/*.{ts,tsx}'],
    rules: boundary('mocks may only use src/shared', ['**/src/features/**', '**/src/app/**']),
  },
  {
    // Scripts and the benchmark run in Node, and pass functions into the browser page.
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // One way to write a schema: zod/mini, taken from src/shared/api/zod.ts, which sets its
    // messages. Classic zod would put the whole library back into every page.
    files: ['**/*.{ts,tsx}'],
    ignores: ['src/shared/api/zod.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            ':matches(ImportDeclaration, ExportNamedDeclaration, ExportAllDeclaration, ImportExpression)[source.value=/^zod/]',
          message: 'take z from src/shared/api/zod.ts (zod/mini, with its messages)',
        },
      ],
    },
  },
)
