import type { StorybookConfig } from '@storybook/react-vite'
import type { Plugin, UserConfig } from 'vite'
import { createEmulator, storefrontAuthEmulator } from '../src/testing/index.js'

/**
 * One emulator per dev server (`npm start`, and the vitest `storybook` project), mounted on the
 * same origin as the stories by the package's own Vite plugin, with a clock that follows real
 * time. The static build has no server: there each story page runs its own emulator in-process
 * (see `stories/support/story-environment.ts`).
 */
function storyEmulator(): Plugin[] {
  const emulator = createEmulator({ clock: 'real-time' })
  return [
    // Under vitest the banner would only be noise in the test output.
    storefrontAuthEmulator({ emulator, printBanner: process.env.VITEST === undefined }),
    {
      name: 'storefront-auth:story-emulator-paths',
      config: () => ({
        define: {
          // The stories' own handle on the shared emulator (see stories/support/globals.d.ts).
          __SFA_EMULATOR__: JSON.stringify({
            storefrontPath: emulator.storefrontPath,
            adobeCommercePath: emulator.adobeCommercePath,
            outboxPath: emulator.outboxPath,
            storefrontAccessToken: emulator.storefrontAccessToken,
          }),
        },
      }),
    },
  ]
}

/** The root config builds the library; Storybook builds an app, so its library settings go. */
function withoutLibraryBuild(config: UserConfig): UserConfig {
  const build = { ...config.build }
  delete build.lib
  if (build.rollupOptions) {
    const rollupOptions = { ...build.rollupOptions }
    delete rollupOptions.external
    delete rollupOptions.output
    build.rollupOptions = rollupOptions
  }
  // outDir and emptyOutDir stay as Storybook set them (its own folder, never emptied between
  // the manager and preview builds).
  build.minify = true
  return { ...config, build }
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  async viteFinal(config, { configType }) {
    const plugins = [...(config.plugins ?? [])]
    if (configType === 'DEVELOPMENT') plugins.push(...storyEmulator())
    return { ...withoutLibraryBuild(config), plugins }
  },
}

export default config
