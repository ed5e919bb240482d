/** Shared by the browser stub and the runtime guard so both fail with the same words. */
export const nodeOnlyMessage =
  'storefront-auth/server is Node-only: it holds secrets (Multipass, Admin tokens) that must never ' +
  'reach a browser. Import it from server code only (an API route, a loader, a script), and use ' +
  "'storefront-auth' in the browser."
