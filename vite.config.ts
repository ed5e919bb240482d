import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import pkg from './package.json' with { type: 'json' }

// Everything the package depends on stays external: the library never bundles its peers.
const externalPackages = [
  ...Object.keys(pkg.peerDependencies),
  ...Object.keys(pkg.dependencies),
]
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
        cli: 'src/cli/main.ts',
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
