import type { Router } from "express";
import { requestStaff } from "../auth/requestStaff.ts";
import type { ConsoleEvent } from "./ConsoleEvent.ts";
import type { ConsoleEvents } from "./createConsoleEvents.ts";

/**
 * GET /events: Server-Sent Events for the queue and open conversations. An operator receives
 * only events of their ATS; the event carries ids, and the page fetches what changed through the
 * API, which checks access again. `Cache-Control: no-transform` keeps compression from buffering.
 */
export function mountEventStream(api: Router, events: ConsoleEvents) {
  const open = new Set<() => void>();
  api.get("/events", (req, res) => {
    const staff = requestStaff(req);
    res.status(200);
    res.setHeader("Content-Type", "text/event-stream; charset=utf-8");
    res.setHeader("Cache-Control", "no-store, no-transform");
    res.setHeader("X-Accel-Buffering", "no");
    res.flushHeaders();
    res.write("retry: 3000\n\n");
    const visible = (event: ConsoleEvent) =>
      staff.role !== "operator" || (staff.atsId !== null && event.atsId === staff.atsId);
    const unsubscribe = events.subscribe((event) => {
      if (visible(event)) res.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
    });
    const ping = setInterval(() => res.write(": ping\n\n"), 25_000);
    ping.unref();
    const end = () => {
      clearInterval(ping);
      unsubscribe();
      open.delete(end);
      res.end();
    };
    open.add(end);
    req.on("close", end);
  });
  return {
    /** Ends every open stream (shutdown): browsers reconnect to another instance. */
    closeAll: () => {
      for (const end of [...open]) end();
    },
  };
}
