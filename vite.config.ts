import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import pkg from './package.json' with { type: 'json' }
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import { playwright } from '@vitest/browser-playwright'
import { browserProjectsEnabled, chromiumArgs, chromiumPath } from './test/browser/chromium.js'

// Everything the package depends on stays external: the library never bundles its peers.
const externalPackages = [...Object.keys(pkg.peerDependencies), ...Object.keys(pkg.dependencies)]
const isExternal = (id: string): boolean =>
  id.startsWith('node:') ||
  externalPackages.some((name) => id === name || id.startsWith(`${name}/`))

// graphql-http must share graphql's module instance with the emulator's schema, otherwise
// execution fails with "Cannot use GraphQLSchema from another module or realm".
const inlineDeps = { deps: { inline: ['graphql-http'] } }

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    target: 'es2022',
    lib: {
      entry: {
        index: 'src/index.ts',
        core: 'src/core/index.ts',
        server: 'src/server/index.ts',
        'server.browser': 'src/server/browser.ts',
        testing: 'src/testing/index.ts',
        urql: 'src/urql/index.ts',
        cli: 'src/cli/main.ts',
        // One entry per language: an app pays only for the locale it imports.
        'locales/en': 'src/locales/en/index.ts',
        'locales/de': 'src/locales/de/index.ts',
        'locales/fr': 'src/locales/fr/index.ts',
        'locales/es': 'src/locales/es/index.ts',
      },
      formats: ['es'],
    },
    rollupOptions: {
      external: isExternal,
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/browser/**', 'node_modules/**'],
          server: inlineDeps,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'test/**/*.test.tsx'],
          exclude: ['test/browser/**', 'node_modules/**'],
          setupFiles: ['test/setup-dom.ts'],
          server: inlineDeps,
        },
      },
      // The browser projects: left out (after a loud message) only when Chromium is missing
      // outside CI; on CI the global setup fails the run instead.
      ...(browserProjectsEnabled()
        ? [
            {
              extends: true as const,
              plugins: [storybookTest({ configDir: '.storybook' })],
              test: {
                name: 'storybook',
                globalSetup: ['test/browser/require-chromium.ts'],
                // A fresh browser object per project: vitest writes into `instances`.
                browser: {
                  enabled: true,
                  headless: true,
                  provider: playwright({
                    launchOptions: { executablePath: chromiumPath, args: [...chromiumArgs] },
                  }),
                  instances: [{ browser: 'chromium' as const }],
                },
              },
            },
            {
              extends: true as const,
              test: {
                name: 'browser-e2e',
                environment: 'node',
                include: ['test/browser/**/*.test.ts'],
                globalSetup: ['test/browser/require-chromium.ts'],
                // Each file starts its own server and Chromium; two at once is all 2 cores take.
                maxWorkers: 1,
                testTimeout: 60_000,
                hookTimeout: 60_000,
                server: inlineDeps,
              },
            },
          ]
        : []),
      {
        // Render and request counts printed by `npm run bench` (React Profiler, emulator counters).
        extends: true,
        test: {
          name: 'bench',
          environment: 'jsdom',
          include: ['test/bench/**/*.bench-test.{ts,tsx}'],
          setupFiles: ['test/setup-dom.ts'],
          server: inlineDeps,
        },
      },
    ],
  },
})
