// multipassify (a dev dependency, the reference implementation our tests compare against)
// ships no types.
declare module 'multipassify' {
  class Multipassify {
    constructor(secret: string)
    encode(customerData: Record<string, unknown>): string
    generateUrl(customerData: Record<string, unknown>, domain: string): string
  }
  export default Multipassify
}
