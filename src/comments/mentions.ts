// The @mention parser: one pass over the body, each character looked at a bounded number of times (no
// regular expression, nothing to backtrack): linear in the body (test/node/spec-engine/parser-linearity.test.ts).

/** Distinct mention tokens kept from one body (members among them are capped again: MAX_MENTIONS). */
export const MAX_MENTION_TOKENS = 50;

/** Mentions read from one body at most (a 10,000-character body holds fewer than 2,000 `@x `): bounded work and garbage. */
export const MAX_MENTION_OCCURRENCES = 1000;

/** No address is longer (users.email): a longer token names nobody. */
const MAX_TOKEN_LENGTH = 255;

export interface MentionTokens {
  /** `@ada@example.com`: lowercased addresses. */
  emails: string[];
  /** `@ada`: lowercased handles, the part of a member's address before the `@`. */
  handles: string[];
}

const code = (s: string) => s.charCodeAt(0);
const [A, Z, a, z, D0, D9] = [code("A"), code("Z"), code("a"), code("z"), code("0"), code("9")];
const DOT = code(".");
const HYPHEN = code("-");
const UNDERSCORE = code("_");
const PLUS = code("+");
const AT = code("@");

const alnum = (c: number) => (c >= a && c <= z) || (c >= A && c <= Z) || (c >= D0 && c <= D9);
/** Characters of a handle (an address's local part as Spec Drive accounts have them). */
const localChar = (c: number) => alnum(c) || c === DOT || c === HYPHEN || c === UNDERSCORE || c === PLUS;
const domainChar = (c: number) => alnum(c) || c === DOT || c === HYPHEN;

/** The end of the run of `ok` characters from `i`. */
function runEnd(s: string, i: number, ok: (c: number) => boolean): number {
  let j = i;
  while (j < s.length && ok(s.charCodeAt(j))) j++;
  return j;
}

/** `end` moved back over trailing dots and hyphens (the end of a sentence: "thanks @ada."). */
function trimEnd(s: string, start: number, end: number): number {
  let e = end;
  while (e > start && (s.charCodeAt(e - 1) === DOT || s.charCodeAt(e - 1) === HYPHEN)) e--;
  return e;
}

/**
 * The mentions in a comment's body: `@` at the start or after a character that cannot be part of an
 * address, then a handle, optionally `@domain` (with a dot) making it an address. At most
 * MAX_MENTION_TOKENS distinct tokens, from the first MAX_MENTION_OCCURRENCES mentions. The scan position only moves forward and every inner loop starts
 * where the last one stopped, so the work is linear in the body whatever it holds (`@@@@…`, `@a@a@a…`).
 */
export function parseMentions(body: string): MentionTokens {
  const emails = new Set<string>();
  const handles = new Set<string>();
  let i = 0;
  let seen = 0;
  while (i < body.length && emails.size + handles.size < MAX_MENTION_TOKENS && seen < MAX_MENTION_OCCURRENCES) {
    const c = body.charCodeAt(i);
    if (c !== AT || (i > 0 && localChar(body.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    const start = i + 1;
    const localEnd = runEnd(body, start, localChar);
    if (localEnd === start) {
      i = start;
      continue;
    }
    seen++;
    if (localEnd < body.length && body.charCodeAt(localEnd) === AT) {
      const domainEnd = runEnd(body, localEnd + 1, domainChar);
      const end = trimEnd(body, localEnd + 1, domainEnd);
      const domain = body.slice(localEnd + 1, end);
      if (domain.includes(".") && !domain.startsWith(".")) {
        if (end - start <= MAX_TOKEN_LENGTH) emails.add(body.slice(start, end).toLowerCase());
        i = domainEnd;
        continue;
      }
    }
    const end = trimEnd(body, start, localEnd);
    if (end > start && end - start <= MAX_TOKEN_LENGTH) handles.add(body.slice(start, end).toLowerCase());
    i = localEnd;
  }
  return { emails: [...emails], handles: [...handles] };
}
