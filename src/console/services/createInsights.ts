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

/**
 * The dashboard and the feedback figures (issue 18) as staff read them. The figures are anonymous
 * and open to every staff member; what users wrote (unanswered questions, comments) comes from
 * every ATS, so only staff who reach the whole network (supervisors, administrators) read it, and
 * each such read or export is audited with its count.
 */
export function createInsights(db: Database) {
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
    /** The dashboard's figures, anonymous analytics every staff member may see. */
    async dashboard(range: InsightRange) {
      const [conversations, intents, actions, funnel, waits] = await Promise.all([
        countConversationsPerDay(db, range),
        countIntents(db, range),
        countRecommendedActions(db, range),
        countFormFunnel(db, range),
        listHandoffWaits(db, range),
      ]);
      return { conversations, intents, actions, funnel, waits };
    },

    /** What people wrote that the bot did not understand; audited. */
    unanswered: (range: InsightRange, staff: StaffPrincipal) =>
      words(
        staff,
        () => listUnansweredQuestions(db, range, UNANSWERED_CONFIDENCE),
        (rows) => recordAudit(db.prisma, staff.id, "unanswered.view", undefined, { count: rows.length }),
      ),

    /** Satisfaction figures (ids and counts only), for every staff member. */
    async feedback(range: InsightRange) {
      const [perDay, votes, ratings] = await Promise.all([
        countVotesPerDay(db, range),
        countVotesByIntentAndChannel(db, range),
        countRatings(db, range),
      ]);
      return { perDay, votes, ratings };
    },

    /** The worst-rated answers with samples of the users' words; audited. */
    worstAnswers: (range: InsightRange, staff: StaffPrincipal) =>
      words(
        staff,
        () => listWorstAnswers(db, range),
        (rows) => recordAudit(db.prisma, staff.id, "feedback.view", undefined, { count: rows.length }),
      ),

    /** Every vote and rating of the period, for the CSV export; audited. */
    feedbackExport: (range: InsightRange, staff: StaffPrincipal) =>
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
