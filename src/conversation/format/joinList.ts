/** "a, b o c" / "a, b or c": lists in running text, the last item joined by the given word. */
export function joinList(items: readonly string[], lastJoiner: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${lastJoiner} ${items[items.length - 1]}`;
}
