import {
  decodeMultipassToken as decode,
  generateMultipassToken as generate,
  type GenerateMultipassTokenOptions,
  type MultipassCustomerData,
} from '../multipass/multipass-token.js'
import { assertServerRuntime } from './assert-server-runtime.js'

// The algorithm lives in src/multipass so the emulator (which also runs in browsers) can verify
// tokens; these are the server entry's guarded doors to it.

/**
 * Signs customer data into a Shopify Multipass token (AES-128-CBC + HMAC-SHA256, base64url).
 * `created_at` is set to `options.now` (default: now); Shopify accepts a token for 15 minutes, once.
 */
export async function generateMultipassToken(
  secret: string,
  customerData: MultipassCustomerData,
  options?: GenerateMultipassTokenOptions,
): Promise<string> {
  assertServerRuntime()
  return generate(secret, customerData, options)
}

/** Verifies the signature, then decrypts. For tests and debugging; it does not judge `created_at`. */
export async function decodeMultipassToken(
  secret: string,
  token: string,
): Promise<MultipassCustomerData> {
  assertServerRuntime()
  return decode(secret, token)
}
