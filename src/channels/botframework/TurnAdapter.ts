import { type Activity, CloudAdapter, type InvokeResponse, type TurnContext } from "botbuilder";

/**
 * botbuilder's CloudAdapter with its turn pipeline callable directly: `process()` writes the
 * HTTP response itself (plain-text errors, logs on the console), while the channel answers in
 * the service's JSON format and maps authentication failures to 401 on its own.
 */
export class TurnAdapter extends CloudAdapter {
  /** Authenticates the request, runs `logic`, and returns the invoke/expectReplies response if any. */
  processTurn(
    authHeader: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}
