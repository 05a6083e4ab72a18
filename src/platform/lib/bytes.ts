// Bytes as text: lowercase hex (digests) and standard base64 (keys, ciphertexts, what GitHub sends).

/** Lowercase hex of the bytes (a digest's usual spelling). */
export function hex(bytes: ArrayBuffer | Uint8Array): string {
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Standard base64 of the bytes (built byte by byte: no argument spread, whatever the length). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The bytes of standard base64; whitespace is ignored (PEM and GitHub's blobs wrap their lines). */
export function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text.replace(/\s+/g, "")), (c) => c.charCodeAt(0));
}
