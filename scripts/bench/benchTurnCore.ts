/**
 * `npm run bench:turn [-- --turns N] [--rounds R] [--no-cache]`
 *
 * CPU per turn of what a web message costs above the plain-SQL floor without any I/O: the core
 * (handleChannelTurn with the real content, knowledge and understanding, as the service composes
 * it) and the Direct Line activities of the turn. Sixteen conversations take turns with the
 * scripts of `npm run bench`; each round reports process CPU per turn, and the least is the
 * figure (other load on the machine only adds). `--no-cache` reads every message anew (the
 * understanding's cache off), as for messages never seen before.
 */
import { toActivities } from "../../src/channels/web/toActivities.ts";
import type { Lang } from "../../src/content/ids.ts";
import { handleChannelTurn } from "../../src/conversation/feedback/handleChannelTurn.ts";
import { cacheUnderstanding } from "../../src/conversation/nlu/cacheUnderstanding.ts";
import type { StoredMessage } from "../../src/conversation/ports/ConversationGateway.ts";
import type { ConversationState } from "../../src/conversation/state/ConversationState.ts";
import { initialState } from "../../src/conversation/state/initialState.ts";
import { loadTestUnderstanding } from "../../test/conversation/nlu/support/loadTestUnderstanding.ts";
import { createTestDeps } from "../../test/conversation/support/createTestDeps.ts";
import { BENCH_SCRIPTS } from "./benchScripts.ts";
import { parseFlags } from "./benchSupport.ts";

const flags = parseFlags(process.argv.slice(2));
const turns = Number(flags.get("turns") ?? 2000);
const rounds = Number(flags.get("rounds") ?? 6);
const users = 16;

const offline = (await loadTestUnderstanding()).understander;
const understander = flags.has("no-cache") ? offline : cacheUnderstanding(offline);
const deps = {
  ...(await createTestDeps()),
  understander: {
    understand: async (text: string, context: { lang: Lang }) => understander.understand(text, context),
  },
};

const channelWords = (lang: Lang) => deps.content.responses[lang].channel;

async function round(): Promise<number> {
  const states: ConversationState[] = Array.from({ length: users }, () => initialState("it"));
  const steps = new Array<number>(users).fill(0);
  let id = 0;
  const started = process.cpuUsage();
  for (let t = 0; t < turns; t++) {
    const user = t % users;
    const script = BENCH_SCRIPTS[user % BENCH_SCRIPTS.length] ?? [];
    const step = steps[user] ?? 0;
    const text = script[step % script.length] ?? "ciao";
    steps[user] = step + 1;
    const state = states[user] ?? initialState("it");
    const result = await handleChannelTurn(
      { kind: "text", text },
      state,
      { channel: "web", handoff: "none" },
      deps,
    );
    states[user] = result.state;
    const now = new Date();
    const stored: StoredMessage[] = [
      { id: String(++id), conversationId: "c", direction: "in", text, createdAt: now },
      ...result.replies.map(
        (reply): StoredMessage => ({
          id: String(++id),
          conversationId: "c",
          direction: "bot",
          text: reply.text,
          reply,
          createdAt: now,
        }),
      ),
    ];
    JSON.stringify(
      toActivities(stored, { directLineId: "bench-direct-line-id-0", lang: "it" }, channelWords),
    );
  }
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000 / turns;
}

const results: number[] = [];
for (let r = 0; r < rounds; r++) results.push(await round());
console.log(
  `core + activities, CPU ms per turn by round (${turns} turns each${flags.has("no-cache") ? ", no understanding cache" : ""}): ${results.map((x) => x.toFixed(3)).join(" ")}; least ${Math.min(...results).toFixed(3)}`,
);
