import { expect, waitFor, within } from 'storybook/test'
import type { CustomerAuthStoryParameters } from './story-environment.js'

/**
 * A story of a form while its request runs: the emulator holds `field` and the play submits,
 * then checks that the status region announces `statusText` and focus stays on `button`.
 */
export function pendingStory(options: {
  readonly field: string
  readonly submit: (canvasElement: HTMLElement) => Promise<unknown>
  readonly statusText: string
  readonly button: string
}) {
  const customerAuth: CustomerAuthStoryParameters = {
    vendor: 'shopify',
    faults: [{ kind: 'hold', field: options.field, times: Infinity }],
  }
  return {
    parameters: { customerAuth },
    play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
      await options.submit(canvasElement)
      const canvas = within(canvasElement)
      const submit = canvas.getByRole('button', { name: options.button })
      await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(options.statusText))
      await expect(submit).toHaveAttribute('aria-disabled', 'true')
      await expect(submit).toHaveFocus()
    },
  }
}
