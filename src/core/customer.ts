/** One customer shape for every backend; `raw` holds the backend's own object. */
export interface Customer {
  readonly id: string
  readonly email: string | null
  readonly firstName: string | null
  readonly lastName: string | null
  /** Shopify's `displayName`; for Adobe Commerce, first and last name joined, else the email. */
  readonly displayName: string
  readonly phone: string | null
  /** `null` where the backend does not say. */
  readonly acceptsMarketing: boolean | null
  readonly raw: Readonly<Record<string, unknown>>
}
