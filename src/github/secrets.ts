// The GitHub integration's secrets: fine-grained tokens encrypted at rest, and each project's
// repository-webhook secret, derived rather than stored (a webhook is verified without a read).
// WebCrypto only: the teams worker encrypts and verifies, the generator worker decrypts.

import { fromBase64, hex, toBase64 } from "../platform/lib/bytes";

const encoder = new TextEncoder();

function tokenKey(keyBase64: string, usage: "encrypt" | "decrypt") {
  return crypto.subtle.importKey("raw", fromBase64(keyBase64), "AES-GCM", false, [usage]);
}

/**
 * A token encrypted with AES-256-GCM under GITHUB_TOKEN_KEY: base64 of a random 96-bit IV and the
 * ciphertext. The project id is the associated data, so a ciphertext copied to another project's row
 * does not decrypt.
 */
export async function encryptToken(keyBase64: string, projectId: string, token: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv, additionalData: encoder.encode(projectId) },
    await tokenKey(keyBase64, "encrypt"),
    encoder.encode(token),
  );
  const out = new Uint8Array(iv.length + sealed.byteLength);
  out.set(iv);
  out.set(new Uint8Array(sealed), iv.length);
  return toBase64(out);
}

/** The token of encryptToken; throws if the key, the project or the ciphertext is not the one sealed. */
export async function decryptToken(keyBase64: string, projectId: string, ciphertext: string): Promise<string> {
  const bytes = fromBase64(ciphertext);
  const plain = await crypto.subtle.decrypt(
    { name: "AES-GCM", iv: bytes.subarray(0, 12), additionalData: encoder.encode(projectId) },
    await tokenKey(keyBase64, "decrypt"),
    bytes.subarray(12),
  );
  return new TextDecoder().decode(plain);
}

/**
 * The secret of a project's repository webhook (token connections add the webhook themselves): the hex
 * HMAC-SHA256 of the project id under GITHUB_WEBHOOK_SECRET. Rotating GITHUB_WEBHOOK_SECRET rotates
 * every project's secret.
 */
export async function projectWebhookSecret(webhookSecret: string, projectId: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    "raw",
    encoder.encode(webhookSecret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const mac = await crypto.subtle.sign("HMAC", key, encoder.encode(`spec-drive:repository-webhook:${projectId}`));
  return hex(mac);
}
