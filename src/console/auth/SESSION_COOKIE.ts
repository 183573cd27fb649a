/**
 * The console's session cookie. Path /console keeps it away from the public chat; SameSite=Strict
 * keeps it off cross-site requests; Secure is added in production (HTTPS).
 */
export const SESSION_COOKIE = {
  name: "cb_console",
  path: "/console",
  /** Absolute lifetime: a working day, then sign in again. */
  maxAgeMs: 9 * 60 * 60 * 1000,
};
