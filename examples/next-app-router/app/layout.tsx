import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import 'storefront-auth/styles.css'
import { readRequestSession } from '../lib/request-session'
import { Providers } from './providers'

export const metadata: Metadata = {
  title: 'Storefront (Next.js) · storefront-auth example',
  // No favicon file in the example: an empty one keeps the console free of a 404.
  icons: { icon: 'data:,' },
}

export default async function RootLayout({ children }: { readonly children: ReactNode }) {
  const session = await readRequestSession()
  return (
    <html lang="en">
      <body>
        <Providers sessionCookies={session.sessionCookies} renderedAt={session.renderedAt}>
          {children}
        </Providers>
      </body>
    </html>
  )
}
