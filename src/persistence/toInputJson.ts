import type { Prisma } from "./generated/client.ts";

/**
 * Plain data as Prisma's JSON input type, checked value by value (no cast): whatever is not JSON
 * (a function, a Date's prototype…) is normalised by a JSON round trip first.
 */
export function toInputJson(value: unknown): Prisma.InputJsonValue {
  const json: unknown = JSON.parse(JSON.stringify(value ?? null));
  if (json === null) throw new Error("a JSON column value cannot be null here");
  return convert(json);
}

function convert(value: unknown): Prisma.InputJsonValue {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (Array.isArray(value)) return value.map((item: unknown) => (item === null ? null : convert(item)));
  if (value !== null && typeof value === "object") {
    const out: Record<string, Prisma.InputJsonValue | null> = {};
    for (const [key, item] of Object.entries(value)) out[key] = item === null ? null : convert(item);
    return out;
  }
  throw new Error(`not a JSON value: ${typeof value}`);
}
