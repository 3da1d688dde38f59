// ESLint 9 flat config: the Office add-in rules (load-before-read, no sync in loops, no eval) over all
// TypeScript, with type-aware strictness left to `tsc`.
import officeAddins from 'eslint-plugin-office-addins';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default [
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'test/artifacts/', '.tmp/', '**/*.js', '**/*.mjs', '!bin/*.js'] },
  ...officeAddins.configs.react,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node, ...globals.jest, Office: 'readonly', Excel: 'readonly' },
    },
    rules: {
      'no-new-func': 'error',
      'react/react-in-jsx-scope': 'off',
      'react/prop-types': 'off',
      'no-undef': 'off',
    },
  },
  {
    files: ['bin/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
  },
];
