import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'client/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', URL: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Extraction searches every sentence with many expressions; matchAll copies its expression
    // on each call, which costs more than the search (ingest/regex-matches.ts).
    files: ['ingest/**/*.ts'],
    ignores: ['ingest/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='matchAll']",
          message: 'Use matchesOf (ingest/regex-matches.ts): matchAll copies the expression on every call.',
        },
      ],
    },
  },
);
