// Lint: workflow code stays deterministic. Everything under workflows/ except activities (`activities.ts`,
// or an `activities/` folder once they outgrow one file) runs in Temporal's workflow sandbox, so it may
// import only @temporalio/workflow and sibling pure modules.
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const forbidden = [
  ...builtinModules.filter((m) => !m.startsWith('_')),
  ...builtinModules.map((m) => `node:${m}`),
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', 'dist/**', 'apps/admin/dist/**', 'prisma/generated/**'] },
  {
    files: ['workflows/**/*.ts'],
    ignores: ['workflows/**/activities.ts', 'workflows/**/activities/**', 'workflows/**/*.test.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: forbidden.map((name) => ({ name, message: 'Workflow code must be deterministic: no Node built-ins.' })),
          patterns: [
            {
              group: ['@nestjs/*', '@prisma/*', '**/prisma/*', 'class-validator', 'class-transformer', 'pg', 'nodemailer'],
              message: 'Workflow code must not reach the API, the database or the network: use an activity.',
              allowTypeImports: true,
            },
            {
              group: ['@temporalio/client', '@temporalio/worker', '@temporalio/activity', '@temporalio/testing'],
              message: 'Workflow code imports only @temporalio/workflow (and @temporalio/common).',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
);
