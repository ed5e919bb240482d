/** A mail the emulator "sent": where real APIs email a link, the emulator keeps it here. */
export interface OutboxMail {
  readonly api: 'shopify' | 'adobe-commerce'
  readonly kind: 'recover' | 'activate' | 'reset-password'
  readonly to: string
  /** The customer's id as the API reports it (a `gid://shopify/Customer/…` or an Adobe id). */
  readonly customerId: string
  /** The one-time token the mail carries. */
  readonly token: string
  /** Shopify: the reset or activation URL that `customerResetByUrl` / `customerActivateByUrl` take. */
  readonly url?: string
  /** Emulator clock time, epoch ms. */
  readonly sentAt: number
}

/** The mails the emulated shops "sent" (recovery, activation, reset), for tests to read. */
export interface Outbox {
  /** Every mail so far, oldest first. */
  readonly mails: readonly OutboxMail[]
  /** The newest mail to an address (optionally of one kind), or undefined. */
  latest(to: string, kind?: OutboxMail['kind']): OutboxMail | undefined
  /** Records a mail (the emulated APIs call this). */
  send(mail: OutboxMail): void
  /** Forgets every mail. */
  clear(): void
}

export function createOutbox(): Outbox {
  const mails: OutboxMail[] = []
  return {
    get mails() {
      return mails.slice()
    },
    latest(to, kind) {
      const address = to.toLowerCase()
      for (let i = mails.length - 1; i >= 0; i--) {
        const mail = mails[i]
        if (mail && mail.to.toLowerCase() === address && (kind === undefined || mail.kind === kind))
          return mail
      }
      return undefined
    },
    send(mail) {
      mails.push(mail)
    },
    clear() {
      mails.length = 0
    },
  }
}
