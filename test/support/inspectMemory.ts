import { setTimeout as sleep } from "node:timers/promises";
import WebSocket, { type RawData } from "ws";
import { z } from "zod";
import { withTimeout } from "../../src/kernel/withTimeout.ts";

const DEBUGGER_URL = /Debugger listening on (ws:\/\/\S+)/;
const CALL_TIMEOUT_MS = 10_000;
const MB = 1024 * 1024;

/** A Chrome DevTools Protocol message: a reply carries the id of its call, an event a method. */
const cdpMessage = z.object({
  id: z.number().optional(),
  method: z.string().optional(),
  result: z.unknown().optional(),
  error: z.object({ code: z.number(), message: z.string() }).optional(),
});

const evaluated = z.object({
  result: z.object({ type: z.string(), value: z.unknown().optional() }),
  exceptionDetails: z.object({ text: z.string() }).optional(),
});

const memoryUsage = z.object({
  rss: z.number(),
  heapUsed: z.number(),
  external: z.number(),
  arrayBuffers: z.number(),
});

/** The inspected process's memory after a full garbage collection, in MiB. */
export interface LiveMemory {
  /** Live JavaScript objects. */
  heapUsedMb: number;
  /** Native memory V8 knows about (Buffers, ArrayBuffers, WebAssembly memories), arrayBuffers included. */
  externalMb: number;
  arrayBuffersMb: number;
  /** Resident set size, for information only: freed pages stay committed until V8 gives them back. */
  rssMb: number;
}

export interface MemoryInspector {
  liveMemory(): Promise<LiveMemory>;
  close(): Promise<void>;
}

interface Pending {
  method: string;
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * Connects to a child started with `--inspect=127.0.0.1:0`, finding the inspector's address in its
 * stderr. Measures live memory rather than RSS, which lags behind by tens of seconds after a burst.
 */
export async function inspectMemory(stderr: () => string): Promise<MemoryInspector> {
  const url = await debuggerUrl(stderr);
  const socket = new WebSocket(url);
  await inTime(
    new Promise<void>((resolve, reject) => {
      socket.once("open", () => resolve());
      socket.once("error", reject);
    }),
    `connecting to the inspector at ${url}`,
  );

  const pending = new Map<number, Pending>();
  let nextId = 0;
  const failAll = (error: Error) => {
    for (const call of pending.values()) {
      clearTimeout(call.timer);
      call.reject(error);
    }
    pending.clear();
  };
  socket.on("message", (data) => {
    const parsed = cdpMessage.safeParse(parseJson(text(data)));
    if (!parsed.success) {
      failAll(new Error(`unexpected message from the inspector: ${text(data).slice(0, 200)}`));
      return;
    }
    const message = parsed.data;
    if (message.id === undefined) return;
    const call = pending.get(message.id);
    if (!call) return;
    pending.delete(message.id);
    clearTimeout(call.timer);
    if (message.error) call.reject(new Error(`inspector ${call.method} failed: ${message.error.message}`));
    else call.resolve(message.result);
  });
  socket.on("close", () => failAll(new Error("the inspector connection closed")));
  socket.on("error", (error) => failAll(error));

  const call = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<unknown>((resolve, reject) => {
      const id = ++nextId;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`inspector ${method} did not answer within ${CALL_TIMEOUT_MS / 1000} s`));
      }, CALL_TIMEOUT_MS);
      pending.set(id, { method, resolve, reject, timer });
      socket.send(JSON.stringify({ id, method, params }));
    });

  return {
    async liveMemory() {
      // The second collection frees what the first one's weak callbacks and finalizers released.
      await call("HeapProfiler.collectGarbage");
      await call("HeapProfiler.collectGarbage");
      const answer = evaluated.parse(
        await call("Runtime.evaluate", {
          expression: "JSON.stringify(process.memoryUsage())",
          returnByValue: true,
        }),
      );
      if (answer.exceptionDetails) {
        throw new Error(`reading process.memoryUsage() failed: ${answer.exceptionDetails.text}`);
      }
      const usage = memoryUsage.parse(parseJson(z.string().parse(answer.result.value)));
      return {
        heapUsedMb: usage.heapUsed / MB,
        externalMb: usage.external / MB,
        arrayBuffersMb: usage.arrayBuffers / MB,
        rssMb: usage.rss / MB,
      };
    },
    async close() {
      if (socket.readyState === WebSocket.CLOSED) return;
      const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
      socket.close();
      await inTime(closed, "closing the inspector connection");
    },
  };
}

async function debuggerUrl(stderr: () => string): Promise<string> {
  const deadline = Date.now() + CALL_TIMEOUT_MS;
  for (;;) {
    const found = DEBUGGER_URL.exec(stderr());
    if (found?.[1]) return found[1];
    if (Date.now() > deadline) {
      throw new Error(`no "Debugger listening on ws://…" line in the child's stderr:\n${stderr()}`);
    }
    await sleep(50);
  }
}

function parseJson(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

function text(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString("utf8");
  if (Buffer.isBuffer(data)) return data.toString("utf8");
  return Buffer.from(new Uint8Array(data)).toString("utf8");
}

/** Gives up on `promise` after CALL_TIMEOUT_MS, saying what took too long. */
function inTime<T>(promise: Promise<T>, what: string): Promise<T> {
  return withTimeout(promise, CALL_TIMEOUT_MS, `${what} took longer than ${CALL_TIMEOUT_MS / 1000} s`);
}
