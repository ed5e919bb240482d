import type { Emulator } from '../../src/testing/index.js'
import type { StoryEnvironment } from './story-environment.js'

/** The story's environment, for play functions (counters, faults, the clock). */
export function storyEnvironment(context: { loaded: unknown }): StoryEnvironment {
  const environment = (context.loaded as { customerAuth?: StoryEnvironment }).customerAuth
  if (!environment) throw new Error('This story has no customerAuth environment')
  return environment
}

/** The story's own emulator; only stories with `isolated`, `faults` or `emulator` have one. */
export function storyEmulator(context: { loaded: unknown }): Emulator {
  const { emulator } = storyEnvironment(context)
  if (!emulator) throw new Error('This story needs `customerAuth.isolated` to own an emulator')
  return emulator
}
