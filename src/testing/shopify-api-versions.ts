/**
 * The Shopify API versions the emulator serves, on the Storefront and the Admin API alike, each
 * under its own path (`/api/{version}/graphql.json`, `/admin/api/{version}/graphql.json`) with the
 * same schema. This is the one list to update each quarter.
 *
 * Sources (checked 2026-12-03): https://shopify.dev/docs/api/usage/versioning — a stable version
 * is released each quarter (YYYY-01/04/07/10, 5pm UTC) and supported for at least 12 months;
 * the `ApiVersion` object of both APIs — handles are `YYYY-MM` or `unstable`, and
 * `publicApiVersions` lists the supported versions, the release candidate and `unstable`.
 * Recorded live responses (2026) show 2025-07 retired on 2026-07-16 and 2026-10 as the latest
 * stable version by 2026-10-02, so 2025-10 went in October 2026 and 2026-01 is the oldest.
 */
export const supportedShopifyApiVersions = ['2026-01', '2026-04', '2026-07', '2026-10'] as const

/** The next quarter's version, served before it is stable (`supported: false` on Shopify). */
export const shopifyReleaseCandidateApiVersion = '2027-01'

/** Shopify's development version: served, never stable. */
export const shopifyUnstableApiVersion = 'unstable'

/** Every version the emulator answers as itself: the supported ones, the candidate, `unstable`. */
export const servedShopifyApiVersions: readonly string[] = [
  ...supportedShopifyApiVersions,
  shopifyReleaseCandidateApiVersion,
  shopifyUnstableApiVersion,
]

/**
 * Where a request for any other version lands. Shopify "falls forward": a request for a version
 * it no longer serves is answered by the oldest supported stable version, with HTTP 200, and the
 * `X-Shopify-API-Version` response header names the version that answered. Shopify documents no
 * separate answer for a malformed version (`latest`, `2026-5`); the emulator treats it as one
 * more unserved version, the closest documented behaviour.
 */
export const fallForwardShopifyApiVersion = supportedShopifyApiVersions[0]

/**
 * The value Shopify sends in `X-Shopify-API-Version-Warning` when it answered with another
 * version than the one asked for (seen in recorded responses; the docs do not describe it).
 */
export const shopifyApiVersionWarning = 'https://shopify.dev/concepts/about-apis/versioning'

/** The version that answers a request for `requested`. */
export function answeringShopifyApiVersion(requested: string): string {
  return servedShopifyApiVersions.includes(requested) ? requested : fallForwardShopifyApiVersion
}

/** One entry of Shopify's `publicApiVersions` query (the `ApiVersion` object). */
export interface PublicShopifyApiVersion {
  readonly handle: string
  readonly displayName: string
  /** True for the stable versions only; the release candidate and `unstable` are not supported. */
  readonly supported: boolean
}

/**
 * What `publicApiVersions` answers: every served version, oldest first, the newest stable one
 * marked "(Latest)" and the candidate "(Release candidate)", as Shopify names them.
 */
export function publicShopifyApiVersions(): PublicShopifyApiVersion[] {
  const latest = supportedShopifyApiVersions[supportedShopifyApiVersions.length - 1]
  return [
    ...supportedShopifyApiVersions.map((handle) => ({
      handle,
      displayName: handle === latest ? `${handle} (Latest)` : handle,
      supported: true,
    })),
    {
      handle: shopifyReleaseCandidateApiVersion,
      displayName: `${shopifyReleaseCandidateApiVersion} (Release candidate)`,
      supported: false,
    },
    { handle: shopifyUnstableApiVersion, displayName: shopifyUnstableApiVersion, supported: false },
  ]
}
