import type { Preview } from '@storybook/react-vite'
import '../src/styles.css'
import './preview.css'
import {
  createStoryEnvironment,
  type CustomerAuthStoryParameters,
} from '../stories/support/story-environment.js'
import { withCustomerAuth } from '../stories/support/with-customer-auth.js'

const preview: Preview = {
  // A Docs page per component: the descriptions, the sample customers, every story.
  tags: ['autodocs'],
  parameters: {
    // An axe violation fails the story's test (vitest) and shows in the Accessibility panel.
    a11y: { test: 'error' },
    layout: 'padded',
    controls: { expanded: true },
  },
  loaders: [
    async (context) => ({
      customerAuth: context.parameters.customerAuth
        ? await createStoryEnvironment(
            context.parameters.customerAuth as CustomerAuthStoryParameters,
          )
        : undefined,
    }),
  ],
  decorators: [withCustomerAuth],
}

export default preview
