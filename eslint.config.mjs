// ESLint for the TypeScript sources (run by `npm test` as `npm run lint`).
// A small rule set: ESLint's and typescript-eslint's recommended rules, without
// type information (fast), and no formatting rules. The layering between
// language/, server/, client/ and cli/ is enforced by test/architecture/layers.test.ts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
    { ignores: ['dist/**', 'out/**', 'node_modules/**', 'language/generated/**', '.vscode-test/**', 'media/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
        files: ['**/*.ts'],
        rules: {
            // Unused names are errors, except the ones marked unused on purpose with a leading underscore.
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }]
        }
    }
);
