import type { Database } from "../../persistence/Database.ts";
import { countConversationsPerDay } from "../../persistence/dashboard/countConversationsPerDay.ts";
import { countFormFunnel } from "../../persistence/dashboard/countFormFunnel.ts";
import { countIntents } from "../../persistence/dashboard/countIntents.ts";
import { countRecommendedActions } from "../../persistence/dashboard/countRecommendedActions.ts";
import type { DateRange } from "../../persistence/dashboard/DateRange.ts";
import { listHandoffWaits } from "../../persistence/dashboard/listHandoffWaits.ts";
import { listUnansweredQuestions } from "../../persistence/dashboard/listUnansweredQuestions.ts";
import { countRatings } from "../../persistence/feedback/countRatings.ts";
import { countVotesByIntentAndChannel } from "../../persistence/feedback/countVotesByIntentAndChannel.ts";
import { countVotesPerDay } from "../../persistence/feedback/countVotesPerDay.ts";
import { listFeedbackForExport } from "../../persistence/feedback/listFeedbackForExport.ts";
import { listWorstAnswers } from "../../persistence/feedback/listWorstAnswers.ts";
import { recordAudit } from "../audit/recordAudit.ts";
import { accessOf } from "../auth/accessOf.ts";
import type { StaffPrincipal } from "../auth/StaffPrincipal.ts";

/** Below this confidence a message counts as not understood on the dashboard. */
const UNANSWERED_CONFIDENCE = 0.5;

/** A dashboard period: the instants to query and the Rome days it was asked as. */
export type InsightRange = DateRange & { fromDay: string; toDay: string };

/** A read of users' own words: undefined for a staff member whose reach is not the whole network. */
type WordsOf<T> = Promise<T | undefined>;

export interface Insights {
  /** The dashboard's figures, anonymous analytics every staff member may see. */
  dashboard(range: InsightRange): Promise<{
    conversations: Awaited<ReturnType<typeof countConversationsPerDay>>;
    intents: Awaited<ReturnType<typeof countIntents>>;
    actions: Awaited<ReturnType<typeof countRecommendedActions>>;
    funnel: Awaited<ReturnType<typeof countFormFunnel>>;
    waits: number[];
  }>;
  /** What people wrote that the bot did not understand; audited. */
  unanswered(
    range: InsightRange,
    staff: StaffPrincipal,
  ): WordsOf<Awaited<ReturnType<typeof listUnansweredQuestions>>>;
  /** Satisfaction figures (ids and counts only), for every staff member. */
  feedback(range: InsightRange): Promise<{
    perDay: Awaited<ReturnType<typeof countVotesPerDay>>;
    votes: Awaited<ReturnType<typeof countVotesByIntentAndChannel>>;
    ratings: Awaited<ReturnType<typeof countRatings>>;
  }>;
  /** The worst-rated answers with samples of the users' words; audited. */
  worstAnswers(
    range: InsightRange,
    staff: StaffPrincipal,
  ): WordsOf<Awaited<ReturnType<typeof listWorstAnswers>>>;
  /** Every vote and rating of the period, for the CSV export; audited. */
  feedbackExport(
    range: InsightRange,
    staff: StaffPrincipal,
  ): WordsOf<Awaited<ReturnType<typeof listFeedbackForExport>>>;
}

/**
 * The dashboard and the feedback figures (issue 18) as staff read them. The figures are anonymous
 * and open to every staff member; what users wrote (unanswered questions, comments) comes from
 * every ATS, so only staff who reach the whole network (supervisors, administrators) read it, and
 * each such read or export is audited with its count.
 */
export function createInsights(db: Database): Insights {
  async function words<T extends readonly unknown[]>(
    staff: StaffPrincipal,
    read: () => Promise<T>,
    audit: (rows: T) => Promise<void>,
  ): WordsOf<T> {
    if (accessOf(staff).kind !== "all") return undefined;
    const rows = await read();
    await audit(rows);
    return rows;
  }

  return {
    async dashboard(range) {
      const [conversations, intents, actions, funnel, waits] = await Promise.all([
        countConversationsPerDay(db, range),
        countIntents(db, range),
        countRecommendedActions(db, range),
        countFormFunnel(db, range),
        listHandoffWaits(db, range),
      ]);
      return { conversations, intents, actions, funnel, waits };
    },

    unanswered: (range, staff) =>
      words(
        staff,
        () => listUnansweredQuestions(db, range, UNANSWERED_CONFIDENCE),
        (rows) => recordAudit(db.prisma, staff.id, "unanswered.view", undefined, { count: rows.length }),
      ),

    async feedback(range) {
      const [perDay, votes, ratings] = await Promise.all([
        countVotesPerDay(db, range),
        countVotesByIntentAndChannel(db, range),
        countRatings(db, range),
      ]);
      return { perDay, votes, ratings };
    },

    worstAnswers: (range, staff) =>
      words(
        staff,
        () => listWorstAnswers(db, range),
        (rows) => recordAudit(db.prisma, staff.id, "feedback.view", undefined, { count: rows.length }),
      ),

    feedbackExport: (range, staff) =>
      words(
        staff,
        () => listFeedbackForExport(db, range),
        (rows) =>
          recordAudit(db.prisma, staff.id, "feedback.export", undefined, {
            count: rows.length,
            from: range.fromDay,
            to: range.toDay,
          }),
      ),
  };
}
