import { describe, expect, it } from "vitest";
import {
  CURRENT_PARAMS,
  DUMMY_HASH,
  hashPassword,
  needsRehash,
  newPasswordSchema,
  parseHash,
  verifyPassword,
} from "../../../src/platform/auth/password";

describe("password hashing (scrypt via node:crypto in workerd)", () => {
  it("writes a self-describing string with the current parameters, a 16-byte salt and a 32-byte key", async () => {
    const h = await hashPassword("correct horse battery");
    expect(h).toMatch(/^\$scrypt\$ln=14,r=8,p=5\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    const parsed = parseHash(h)!;
    expect(parsed.params).toEqual(CURRENT_PARAMS);
    expect(parsed.salt.length).toBe(16);
    expect(parsed.key.length).toBe(32);
    expect(needsRehash(h)).toBe(false);
  });

  it("verifies the right password only; salts differ per hash", async () => {
    const a = await hashPassword("correct horse battery");
    const b = await hashPassword("correct horse battery");
    expect(a).not.toBe(b);
    expect(await verifyPassword("correct horse battery", a)).toBe(true);
    expect(await verifyPassword("correct horse batterx", a)).toBe(false);
  });

  it("normalises with NFKC: compatibility forms of the same password match", async () => {
    const h = await hashPassword("ｐａｓｓｗｏｒｄ１２３"); // fullwidth
    expect(await verifyPassword("password123", h)).toBe(true);
    const composed = await hashPassword("caf\u00e9-secret");
    expect(await verifyPassword("cafe\u0301-secret", composed)).toBe(true);
  });

  it("verifies hashes written with other parameters, and flags them for rehash", async () => {
    const weak = await hashPassword("old password 1", { ln: 10, r: 8, p: 1 });
    expect(weak.startsWith("$scrypt$ln=10,r=8,p=1$")).toBe(true);
    expect(await verifyPassword("old password 1", weak)).toBe(true);
    expect(needsRehash(weak)).toBe(true);
  });

  it("never matches the dummy hash or an unparseable string", async () => {
    expect(parseHash(DUMMY_HASH)?.params).toEqual(CURRENT_PARAMS);
    expect(await verifyPassword("", DUMMY_HASH)).toBe(false);
    expect(await verifyPassword("anything at all", DUMMY_HASH)).toBe(false);
    expect(await verifyPassword("fixture-no-login", "fixture-no-login")).toBe(false);
    expect(needsRehash("fixture-no-login")).toBe(true);
    expect(parseHash("$scrypt$ln=30,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).toBe(
      undefined,
    );
  });

  it("password policy: 8..128 characters after NFKC", () => {
    expect(newPasswordSchema.safeParse("1234567").success).toBe(false);
    expect(newPasswordSchema.safeParse("12345678").success).toBe(true);
    expect(newPasswordSchema.safeParse("a".repeat(128)).success).toBe(true);
    expect(newPasswordSchema.safeParse("a".repeat(129)).success).toBe(false);
    // 8 code points, 16 UTF-16 units: counts as 8 characters.
    expect(newPasswordSchema.safeParse("😀".repeat(8)).success).toBe(true);
    expect(newPasswordSchema.safeParse("😀".repeat(7)).success).toBe(false);
    // U+FB01 (the "fi" ligature) becomes two characters under NFKC: 7 typed -> 8 after.
    expect(newPasswordSchema.parse("\ufb01abcdef")).toBe("fiabcdef");
  });
});
