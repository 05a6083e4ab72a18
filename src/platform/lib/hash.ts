import { hex } from "./bytes";

/** The SHA-256 of text (as UTF-8) or bytes, in lowercase hex: artifact content hashes, idempotency request hashes. */
export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  return hex(await crypto.subtle.digest("SHA-256", bytes));
}
