import type { Request, Response } from "express";
import { z } from "zod";
import type { DateRange } from "../../persistence/dashboard/DateRange.ts";
import { parseOr400 } from "../http/parseOr400.ts";
import { romeDate } from "./romeDate.ts";
import { romeMidnight } from "./romeMidnight.ts";

/** Days the dashboard can show: the programme's years and some margin, nothing the database cannot store. */
const FIRST_DAY = "2000-01-01";
const LAST_DAY = "2099-12-31";
const isoDate = z.iso
  .date("data nel formato AAAA-MM-GG")
  .refine((day) => day >= FIRST_DAY && day <= LAST_DAY, { message: `data tra ${FIRST_DAY} e ${LAST_DAY}` });
const empty = (v: unknown) => (v === "" ? undefined : v);
const RangeQuery = z
  .object({
    from: z.preprocess(empty, isoDate.optional()),
    to: z.preprocess(empty, isoDate.optional()),
  })
  .refine((range) => !range.from || !range.to || range.from <= range.to, {
    message: "la data di inizio viene dopo quella di fine",
    path: ["from"],
  });

function shiftDay(isoDay: string, days: number): string {
  const d = new Date(`${isoDay}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The period a dashboard request asks for (`from`/`to` as Rome days, default the last 30 days up to
 * today) as instants; answers 400 and returns undefined for a bad one. Shared by every dashboard
 * route, so all figures of one screen cover the same days.
 */
export function dashboardRange(
  req: Request,
  res: Response,
  now: Date,
): (DateRange & { fromDay: string; toDay: string }) | undefined {
  const query = parseOr400(res, RangeQuery, req.query);
  if (!query) return undefined;
  const toDay = query.to ?? romeDate(now);
  const fromDay = query.from ?? shiftDay(toDay, -29);
  return { fromDay, toDay, from: romeMidnight(fromDay), to: romeMidnight(shiftDay(toDay, 1)) };
}
