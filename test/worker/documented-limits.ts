// The rate limits as docs/auth-threat-model.md ("The limits") documents them, per 15-minute window.
// Pinned here on purpose instead of read from RULES (src/platform/auth/rate-limit.ts): a test that reads the
// limit from the code still passes when someone loosens it; these fail.
export const LIMIT = {
  signupByIp: 5,
  signupByEmail: 5,
  loginByIp: 30,
  loginByEmailNet: 10,
  loginByEmail: 100,
  forgotByIp: 10,
  forgotByEmailNet: 3,
  forgotByEmail: 10,
  resetByIp: 10,
  verifyByIp: 5,
  resendByIp: 5,
  resendByUser: 3,
  reauthByUser: 10,
  exportByUser: 5,
  exportByIp: 20,
} as const;

/** Every window is 15 minutes. */
export const WINDOW_SECONDS = 15 * 60;

/** Failed logins on one email in a window before its owner is mailed (docs/auth-threat-model.md). */
export const LOGIN_FAILURE_NOTICE_AT = 10;

/** The most bytes of a body read before its credential is known (docs/limits.md, PRECHECK_BODY_OVER). */
export const BODY_READ_BEFORE_CREDENTIAL = 1024;
