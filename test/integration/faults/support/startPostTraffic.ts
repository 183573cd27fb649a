import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { type Conversation, postMessage } from "../../web/support/directLineHttp.ts";

export interface PostTraffic {
  /** clientActivityIDs the service answered 200 to: each must end up stored once. */
  accepted: string[];
  /** How many answers of each status (0: the connection failed). */
  statuses: Map<number, number>;
  /** Answers that were neither 200 nor a 503 with a JSON message. */
  impolite: string[];
  /** Ends the loops after the posts in flight; safe to call twice. */
  stop(): Promise<void>;
  /** The accepted ids stored as inbound messages, one row each, read from the database directly. */
  stored(databaseUrl: string): Promise<string[]>;
}

/**
 * Web Chat users posting all the time (one message each 40 ms per conversation, each with its own
 * clientActivityID) while a fault is injected: what the fault tests assert on.
 */
export function startPostTraffic(
  baseUrl: () => string,
  conversations: Conversation[],
  idPrefix: string,
): PostTraffic {
  const accepted: string[] = [];
  const statuses = new Map<number, number>();
  const impolite: string[] = [];
  let sending = true;
  const loops = conversations.map(async (conversation, c) => {
    for (let i = 0; sending; i++) {
      const id = `${idPrefix}-${c}-${i}`;
      const res = await postMessage(
        baseUrl(),
        conversation,
        i % 2 ? "quanti progetti a Brescia?" : "ciao",
        id,
      ).catch(() => ({ status: 0, json: null, headers: new Headers() }));
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status === 200) accepted.push(id);
      else if (
        res.status !== 503 ||
        typeof res.json !== "object" ||
        !JSON.stringify(res.json).includes("message")
      ) {
        impolite.push(`${res.status} ${JSON.stringify(res.json)}`);
      }
      await sleep(40);
    }
  });
  return {
    accepted,
    statuses,
    impolite,
    stop: async () => {
      sending = false;
      await Promise.all(loops);
    },
    stored: async (databaseUrl) => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        const { rows } = await client.query<{ externalId: string }>(
          `SELECT "externalId" FROM "Message" WHERE direction = 'in' AND "externalId" = ANY($1::text[])`,
          [accepted],
        );
        return rows.map((r) => r.externalId);
      } finally {
        await client.end();
      }
    },
  };
}
