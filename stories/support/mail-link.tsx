import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useRecoverPassword } from '../../src/react/index.js'
import type { Emulator } from '../../src/testing/index.js'

/**
 * Asks the story's emulator for a reset mail to `email` through `useRecoverPassword`, then renders
 * `children` with the page address the mail's link opens (Shopify's URL; for Adobe Commerce,
 * Magento's `createPassword/?token=…`). Once per mount, StrictMode included.
 */
export function WithResetMailLink(props: {
  readonly emulator: Emulator
  readonly email: string
  readonly children: (href: string) => ReactNode
}): ReactNode {
  const { emulator, email, children } = props
  const recover = useRecoverPassword()
  const asked = useRef(false)
  const [href, setHref] = useState<string | null>(null)
  const { mutateAsync } = recover
  useEffect(() => {
    if (asked.current) return
    asked.current = true
    void mutateAsync(email).then(() => {
      const mail = emulator.outbox.latest(email)
      if (mail)
        setHref(
          mail.url ?? `https://shop.example/customer/account/createPassword/?token=${mail.token}`,
        )
    })
  }, [emulator, email, mutateAsync])
  return href === null ? null : children(href)
}
