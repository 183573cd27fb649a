/**
 * Random and hostile request bodies for fuzzing public endpoints, from a seeded generator so a
 * failing run can be replayed (FUZZ_SEED).
 */
export interface HostileBody {
  label: string;
  contentType: string | undefined;
  body: string | Buffer;
}

const NASTY_STRINGS = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  '\'; DROP TABLE "Message"; --',
  "1 OR 1=1",
  "\u202Eכתובת עברית مرحبا\u202C",
  "👩‍👧‍👦🏳️‍🌈💥".repeat(50),
  "\u0000\u0001\u0007\u001b[31m\r\n\t",
  "\uD800",
  "A".repeat(5000),
  "{{constructor.constructor('return process')()}}",
  "__proto__",
  "../../../../etc/passwd",
  "%00%2e%2e%2f",
];

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("empty list");
  return item;
}

function randomValue(random: () => number, depth: number): unknown {
  const roll = random();
  if (depth > 3 || roll < 0.3) return pick(random, NASTY_STRINGS);
  if (roll < 0.4) return Math.floor(random() * 2 ** 53) * (random() < 0.5 ? -1 : 1);
  if (roll < 0.5) return pick(random, [null, true, false, 0, -1, 1e308, Number.MAX_SAFE_INTEGER]);
  if (roll < 0.75)
    return Array.from({ length: Math.floor(random() * 4) }, () => randomValue(random, depth + 1));
  const keys = [
    "type",
    "text",
    "id",
    "from",
    "channelData",
    "update_id",
    "message",
    "email",
    "password",
    "__proto__",
    "constructor",
  ];
  const object: Record<string, unknown> = {};
  for (let i = 0; i < 1 + Math.floor(random() * 5); i++)
    object[pick(random, keys)] = randomValue(random, depth + 1);
  return object;
}

/** A fixed set of known-hostile bodies followed by `randomCount` generated ones. */
export function hostileBodies(random: () => number, randomCount: number): HostileBody[] {
  const json = "application/json";
  const fixed: HostileBody[] = [
    { label: "empty", contentType: json, body: "" },
    { label: "truncated JSON", contentType: json, body: '{"type":"message","text":' },
    { label: "not JSON", contentType: json, body: "ciao, sono un testo" },
    { label: "NUL bytes", contentType: json, body: Buffer.from([0, 0, 0, 123, 0]) },
    { label: "invalid UTF-8", contentType: json, body: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]) },
    { label: "JSON null", contentType: json, body: "null" },
    { label: "JSON number", contentType: json, body: "42" },
    { label: "JSON string", contentType: json, body: '"<script>"' },
    { label: "array", contentType: json, body: "[1,2,3]" },
    { label: "deep nesting", contentType: json, body: `${"[".repeat(20_000)}${"]".repeat(20_000)}` },
    { label: "deep objects", contentType: json, body: `${'{"a":'.repeat(5000)}1${"}".repeat(5000)}` },
    {
      label: "huge body",
      contentType: json,
      body: JSON.stringify({ type: "message", text: "x".repeat(3_000_000) }),
    },
    {
      label: "wrong types",
      contentType: json,
      body: JSON.stringify({ type: 5, text: { a: 1 }, from: "me", id: [] }),
    },
    {
      label: "prototype pollution",
      contentType: json,
      body: '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}',
    },
    {
      label: "form encoded",
      contentType: "application/x-www-form-urlencoded",
      body: "type=message&text=ciao",
    },
    { label: "no content type", contentType: undefined, body: '{"type":"message","text":"ciao"}' },
    { label: "text/plain", contentType: "text/plain", body: '{"type":"message","text":"ciao"}' },
  ];
  for (const text of NASTY_STRINGS) {
    fixed.push({
      label: `message ${JSON.stringify(text.slice(0, 12))}`,
      contentType: json,
      body: JSON.stringify({ type: "message", text }),
    });
  }
  const generated: HostileBody[] = Array.from({ length: randomCount }, (_, i) => ({
    label: `random #${i}`,
    contentType: json,
    body: JSON.stringify(randomValue(random, 0)) ?? "null",
  }));
  return [...fixed, ...generated];
}
