import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

/**
 * One test run for the whole repository:
 *  - unit specs beside the code (`src/**\/*.spec.ts`),
 *  - integration and end-to-end tests of the stack (`stack/test/**\/*.test.ts`) against the
 *    machine's real PostgreSQL (a fresh database per run) and the stack as `npm start` starts it.
 * SWC compiles TypeScript so decorator metadata is emitted (type-graphql and MikroORM need it);
 * the `source` export condition makes workspace packages load from src/, not dist/.
 */
const graphqlMain = createRequire(import.meta.url).resolve('graphql', { paths: [new URL('./subgraphs/kit', import.meta.url).pathname] });

export default defineConfig({
  plugins: [
    swc.vite({
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        target: 'es2022',
      },
    }),
  ],
  resolve: {
    conditions: ['source', 'node', 'development|production'],
    // graphql ships an ESM and a CommonJS copy; type-graphql and Apollo load the CommonJS one,
    // and two copies cannot be mixed, so our sources get the same one.
    alias: [{ find: /^graphql$/, replacement: graphqlMain }],
  },
  ssr: { resolve: { conditions: ['source', 'node', 'development|production'] } },
  test: {
    include: ['subgraphs/*/src/**/*.spec.ts', 'router/src/**/*.spec.ts', 'stack/src/**/*.spec.ts', 'stack/test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    pool: 'forks',
    reporters: ['default', './stack/test/summary-reporter.ts'],
    env: { METROGRAPH_QUIET: '1' },
  },
});
