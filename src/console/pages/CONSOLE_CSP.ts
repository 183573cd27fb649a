/**
 * The console's Content-Security-Policy: scripts, styles, fonts and data from this server only,
 * no inline script or style, no framing. Bootstrap Italia's CSS embeds small SVG/fonts as data: URLs.
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");
