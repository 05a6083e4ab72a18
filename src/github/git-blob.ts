// Git's object id of a file, computed locally: the push sends only blobs whose id differs from the
import { hex } from "../platform/lib/bytes";

// branch's, and the drift check fetches only those that differ from the stored version.

const utf8 = new TextEncoder();

/** Git's object id of a file: SHA-1 of `blob <byte length>\0<content>`, hex. */
export async function gitBlobSha(text: string): Promise<string> {
  const content = utf8.encode(text);
  const header = utf8.encode(`blob ${content.length}\0`);
  const object = new Uint8Array(header.length + content.length);
  object.set(header);
  object.set(content, header.length);
  return hex(await crypto.subtle.digest("SHA-1", object));
}
