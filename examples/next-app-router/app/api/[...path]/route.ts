import { emulator } from '../../../lib/emulator'

// The Shopify Storefront API emulator on this app's origin (/api/2026-04/graphql.json), so no
// second server is needed in development. Remove this file when you point at your shop.
export const dynamic = 'force-dynamic'

function handle(request: Request): Promise<Response> {
  return emulator.handle(request)
}

export { handle as GET, handle as OPTIONS, handle as POST }
