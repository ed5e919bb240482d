/**
 * Set by `.storybook/main.ts` when a dev server (`npm start`, vitest) has the emulator mounted as
 * middleware on the same origin. Absent in the static build, where each page runs its own.
 */
declare const __SFA_EMULATOR__:
  | {
      readonly storefrontPath: string
      readonly adobeCommercePath: string
      readonly outboxPath: string
      readonly storefrontAccessToken: string
    }
  | undefined
