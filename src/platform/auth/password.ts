// Password hashing: scrypt from node:crypto (native in workerd with nodejs_compat; PBKDF2 is capped
// at 100k iterations there, below OWASP's minimum). Parameters: OWASP's N=2^14, r=8, p=5 row, which
// needs 128*N*r = 16 MiB per hash (the 2^17 row would need 128 MiB, the whole isolate).
// Stored as a self-describing string `$scrypt$ln=14,r=8,p=5$<salt b64>$<hash b64>` so the
// parameters can be raised later: needsRehash() tells login to upgrade an outdated hash.
import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { z } from "@hono/zod-openapi";
import { HASH_GATE_DEFAULTS, type HashGateLimits } from "../config";
import { gatedHash } from "./hash-gate";

export interface ScryptParams {
  /** log2(N) */
  ln: number;
  r: number;
  p: number;
}

export const CURRENT_PARAMS: Readonly<ScryptParams> = Object.freeze({ ln: 14, r: 8, p: 5 });
const SALT_BYTES = 16;
const KEY_BYTES = 32;
/** Refuse to run absurd parameters found in a stored string (memory is 128*N*r bytes). */
const MAX_LN = 16;
const MAX_RP = 64;

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

/** NFKC, so that the same password typed on different keyboards/IMEs hashes the same. */
export function normalizePassword(password: string): string {
  return password.normalize("NFKC");
}

const length = (s: string) => [...s].length;

/** A new password: 8..128 characters (code points) after NFKC normalisation; no composition rules. */
export const newPasswordSchema = z
  .string()
  .max(4 * PASSWORD_MAX)
  .overwrite(normalizePassword)
  .refine((s) => length(s) >= PASSWORD_MIN, `must be at least ${PASSWORD_MIN} characters`)
  .refine((s) => length(s) <= PASSWORD_MAX, `must be at most ${PASSWORD_MAX} characters`);

/** A password presented for checking (login, re-authentication): never a policy error, only a bound. */
export const givenPasswordSchema = z
  .string()
  .min(1, "is required")
  .max(4 * PASSWORD_MAX);

const b64 = (b: Buffer) => b.toString("base64").replace(/=+$/, "");

function derive(
  password: string,
  salt: Buffer,
  params: ScryptParams,
  keyLength: number,
  gate: HashGateLimits,
): Promise<Buffer> {
  const N = 2 ** params.ln;
  // One hash at a time per isolate, with a bounded queue (src/platform/auth/hash-gate.ts).
  return gatedHash(
    gate,
    () =>
      new Promise<Buffer>((resolve, reject) =>
        scrypt(
          normalizePassword(password),
          salt,
          keyLength,
          { N, r: params.r, p: params.p, maxmem: 128 * N * params.r + 1024 * 1024 },
          (err, key) => (err ? reject(err) : resolve(key)),
        ),
      ),
  );
}

function format(params: ScryptParams, salt: Buffer, key: Buffer): string {
  return `$scrypt$ln=${params.ln},r=${params.r},p=${params.p}$${b64(salt)}$${b64(key)}`;
}

interface Parsed {
  params: ScryptParams;
  salt: Buffer;
  key: Buffer;
}

const FORMAT = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,3}),p=(\d{1,3})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

export function parseHash(stored: string): Parsed | undefined {
  const m = FORMAT.exec(stored);
  if (!m) return undefined;
  const params = { ln: Number(m[1]), r: Number(m[2]), p: Number(m[3]) };
  if (params.ln < 1 || params.ln > MAX_LN || params.r < 1 || params.r > MAX_RP || params.p < 1 || params.p > MAX_RP) {
    return undefined;
  }
  const salt = Buffer.from(m[4] as string, "base64");
  const key = Buffer.from(m[5] as string, "base64");
  if (salt.length < 8 || key.length < 16) return undefined;
  return { params, salt, key };
}

/** `gate`: the configured hashing gate (`config.hashGate`); the defaults where there is no config. */
export async function hashPassword(
  password: string,
  params: ScryptParams = CURRENT_PARAMS,
  gate: HashGateLimits = HASH_GATE_DEFAULTS,
): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  return format(params, salt, await derive(password, salt, params, KEY_BYTES, gate));
}

/**
 * A well-formed hash with the current parameters that no password matches: verified for unknown
 * emails so that they cost the same work as a wrong password.
 */
export const DUMMY_HASH = format(CURRENT_PARAMS, Buffer.alloc(SALT_BYTES, 0x5a), Buffer.alloc(KEY_BYTES, 0));

/**
 * Constant-time check. An unparseable stored string (e.g. a fixture, or a foreign format) never
 * matches, and still spends the current hashing work.
 */
export async function verifyPassword(
  password: string,
  stored: string,
  gate: HashGateLimits = HASH_GATE_DEFAULTS,
): Promise<boolean> {
  const parsed = parseHash(stored) ?? parseHash(DUMMY_HASH);
  const { params, salt, key } = parsed as Parsed;
  const candidate = await derive(password, salt, params, key.length, gate);
  return timingSafeEqual(candidate, key) && parseHash(stored) !== undefined;
}

/** True when the stored string is not in the current format with the current parameters. */
export function needsRehash(stored: string): boolean {
  const parsed = parseHash(stored);
  if (!parsed) return true;
  const { params, salt, key } = parsed;
  return (
    params.ln !== CURRENT_PARAMS.ln ||
    params.r !== CURRENT_PARAMS.r ||
    params.p !== CURRENT_PARAMS.p ||
    salt.length !== SALT_BYTES ||
    key.length !== KEY_BYTES
  );
}
