/**
 * Escapes text for Telegram's HTML parse mode: everything a user or a staff member wrote, and
 * every text of our own, goes through it, so nothing can open a tag or break the message.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) =>
    char === "&" ? "&amp;" : char === "<" ? "&lt;" : char === ">" ? "&gt;" : "&quot;",
  );
}
