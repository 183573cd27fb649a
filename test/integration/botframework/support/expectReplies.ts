import { expect } from "vitest";
import { z } from "zod";
import { postToBotFramework } from "./postToBotFramework.ts";
import { type SentActivity, SentActivitySchema } from "./startFakeConnector.ts";

const ExpectedRepliesSchema = z.object({ activities: z.array(SentActivitySchema) });

/** Posts an Activity with deliveryMode expectReplies, expects it accepted and returns the replies in the body. */
export async function expectReplies(service: { url: string }, activity: unknown): Promise<SentActivity[]> {
  const res = await postToBotFramework(service, activity);
  expect(res.status, await res.clone().text()).toBe(200);
  return ExpectedRepliesSchema.parse(await res.json()).activities;
}
