/** The apps in examples/ and how the runner (scripts/examples.ts) starts each one. */
export interface Example {
  /** Its folder in examples/. */
  readonly name: string
  /** The command that serves the built app on 127.0.0.1:`port`. */
  start(port: number): string[]
  /** A sample customer of the emulator (src/testing/sample-customers.ts). */
  readonly customer: { readonly email: string; readonly password: string; readonly name: string }
  /** The server reads the session cookie and sends the signed-in page (no flash). */
  readonly serverRendersSession: boolean
  /** The header shows whose cart it is (`useCartOnSignIn`): the customer's, then a guest's. */
  readonly cartFollowsShopper: boolean
  /**
   * The account page shows the order count read through `customerAuthExchange` and the address
   * count sent by hand with `useCustomerAccessToken()`.
   */
  readonly showsOrderCount: boolean
}

const ada = { email: 'ada@example.com', password: 'analytical-engine', name: 'Ada Lovelace' }
const vitePreview = (port: number): string[] => [
  'node_modules/.bin/vite',
  'preview',
  '--host',
  '127.0.0.1',
  '--port',
  String(port),
  '--strictPort',
]

export const examples: readonly Example[] = [
  {
    name: 'vite-shopify',
    start: vitePreview,
    customer: ada,
    serverRendersSession: false,
    cartFollowsShopper: true,
    showsOrderCount: true,
  },
  {
    name: 'vite-adobe-commerce',
    start: vitePreview,
    customer: { email: 'grace@example.com', password: 'compiler-1952', name: 'Grace Hopper' },
    serverRendersSession: false,
    cartFollowsShopper: false,
    showsOrderCount: false,
  },
  {
    name: 'next-app-router',
    start: (port) => [
      'node_modules/.bin/next',
      'start',
      '--hostname',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    customer: ada,
    serverRendersSession: true,
    cartFollowsShopper: false,
    showsOrderCount: false,
  },
]
