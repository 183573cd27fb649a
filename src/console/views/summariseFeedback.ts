import { type AtsId, AtsIdSchema } from "../../content/ids.ts";
import type { countRatings } from "../../persistence/feedback/countRatings.ts";
import type { countVotesByIntentAndChannel } from "../../persistence/feedback/countVotesByIntentAndChannel.ts";
import type { countVotesPerDay } from "../../persistence/feedback/countVotesPerDay.ts";

type VoteRow = Awaited<ReturnType<typeof countVotesByIntentAndChannel>>[number];
type RatingRow = Awaited<ReturnType<typeof countRatings>>[number];
type DayVotes = Awaited<ReturnType<typeof countVotesPerDay>>[number];

/** Share of helpful votes in percent, one decimal; null without votes. */
function helpfulShare(up: number, down: number): number | null {
  return up + down === 0 ? null : Math.round((1000 * up) / (up + down)) / 10;
}

/** Mean score, two decimals; null without scores. */
function average(total: number, rated: number): number | null {
  return rated === 0 ? null : Math.round((100 * total) / rated) / 100;
}

/** Per key, sorted: the sums, place by place, of the numbers each row gives. */
function sumBy<T>(rows: T[], key: (row: T) => string, values: (row: T) => number[]) {
  const sums = new Map<string, number[]>();
  for (const row of rows) {
    const k = key(row);
    const into = sums.get(k) ?? [];
    values(row).forEach((value, i) => {
      into[i] = (into[i] ?? 0) + value;
    });
    sums.set(k, into);
  }
  return [...sums.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/**
 * The dashboard's satisfaction figures from the grouped counts: helpful share and mean rating per
 * day, helpful share per intent and per channel (with the channel's mean rating), and the CSAT
 * of closed handoffs per ATS. Pure, so the figures can be checked against seeded ratings.
 */
export function summariseFeedback(input: {
  perDay: DayVotes[];
  votes: VoteRow[];
  ratings: RatingRow[];
  atsLabels: ReadonlyMap<AtsId, string>;
}) {
  const ratingDays = new Map(
    sumBy(
      input.ratings,
      (r) => r.day,
      (r) => [r.rated, r.total, r.skipped],
    ),
  );
  const days = [...new Set([...input.perDay.map((d) => d.day), ...ratingDays.keys()])].sort();
  const overTime = days.map((day) => {
    const votes = input.perDay.find((d) => d.day === day) ?? { up: 0, down: 0 };
    const [rated = 0, total = 0, skipped = 0] = ratingDays.get(day) ?? [];
    return {
      day,
      up: votes.up,
      down: votes.down,
      helpfulShare: helpfulShare(votes.up, votes.down),
      ratings: rated,
      skipped,
      averageRating: average(total, rated),
    };
  });
  const byIntent = sumBy(
    input.votes,
    (v) => v.intent ?? "—",
    (v) => [v.up, v.down],
  ).map(([intent, [up = 0, down = 0]]) => ({ intent, up, down, helpfulShare: helpfulShare(up, down) }));
  const channelVotes = new Map(
    sumBy(
      input.votes,
      (v) => v.channel,
      (v) => [v.up, v.down],
    ),
  );
  const channelRatings = new Map(
    sumBy(
      input.ratings,
      (r) => r.channel,
      (r) => [r.rated, r.total],
    ),
  );
  const byChannel = [...new Set([...channelVotes.keys(), ...channelRatings.keys()])].sort().map((channel) => {
    const [up = 0, down = 0] = channelVotes.get(channel) ?? [];
    const [rated = 0, total = 0] = channelRatings.get(channel) ?? [];
    return {
      channel,
      up,
      down,
      helpfulShare: helpfulShare(up, down),
      ratings: rated,
      averageRating: average(total, rated),
    };
  });
  const handoffByAts = sumBy(
    input.ratings.filter((r) => r.trigger === "handoff"),
    (r) => r.atsId ?? "",
    (r) => [r.rated, r.total, r.skipped],
  ).map(([atsId, [rated = 0, total = 0, skipped = 0]]) => {
    const id = AtsIdSchema.safeParse(atsId);
    return {
      atsId: id.success ? id.data : null,
      label: id.success ? (input.atsLabels.get(id.data) ?? id.data) : "ATS non indicata",
      ratings: rated,
      skipped,
      averageRating: average(total, rated),
    };
  });
  return { overTime, byIntent, byChannel, handoffByAts };
}
