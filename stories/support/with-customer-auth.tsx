import type { Decorator } from '@storybook/react-vite'
import { CustomerAuthProvider } from '../../src/react/index.js'
import type { StoryEnvironment } from './story-environment.js'

/** Wraps every story in a provider built from the environment the global loader prepared. */
export const withCustomerAuth: Decorator = (Story, context) => {
  const environment = (context.loaded as { customerAuth?: StoryEnvironment }).customerAuth
  if (!environment) return <Story />
  return (
    <CustomerAuthProvider
      // A story is its own app: a fresh engine per story id, never one carried over.
      key={context.id}
      backend={environment.backend}
      storage={environment.storage}
      crossTab={environment.crossTab}
      initialSession={environment.initialSession}
    >
      <Story />
    </CustomerAuthProvider>
  )
}
