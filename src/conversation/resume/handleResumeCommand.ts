import type { Lang } from "../../content/ids.ts";
import type { Responses } from "../../content/ResponsesSchema.ts";
import type { ConversationGateway, ReceiveRequest, ReceiveResult } from "../ports/ConversationGateway.ts";
import { fillTemplate } from "../responses/fillTemplate.ts";
import { type Reply, ReplySchema } from "../turn.ts";
import type { ResumeService } from "./createResumeService.ts";
import { formatResumeCode } from "./formatResumeCode.ts";
import { parseResumeCommand } from "./parseResumeCommand.ts";

export interface ResumeCommandOutcome {
  conversationId: string;
  /** What the resume step itself says: not stored in the conversation, sent as it is. */
  notices: Reply[];
  /** After a successful resume, the core's own turn telling the user where they were (stored). */
  result?: ReceiveResult;
  /** The message carrying the code was handled before (a channel re-delivery). */
  duplicate: boolean;
}

/**
 * The conversation service's first step for a text message: handles "codice per riprendere" and
 * "riprendi ABCDE-FGH23", and returns null for anything else, which then goes to the dialogue as
 * usual. Channels only call `receive`, so a code issued on one channel works on all the others.
 */
export async function handleResumeCommand(
  gateway: ConversationGateway,
  service: ResumeService,
  /** The bot's words in each language (intents/responses): the `resume` texts. */
  responses: Record<Lang, Responses>,
  request: ReceiveRequest,
  /** Who is asking as the channel sees it (the client IP on the web), for the guess limits. */
  origin?: string,
): Promise<ResumeCommandOutcome | null> {
  if (request.inbound.kind !== "text") return null;
  const command = parseResumeCommand(request.inbound.text);
  if (!command) return null;
  const texts = responses[request.langHint ?? "it"].resume;
  const notice = (text: string) => ReplySchema.parse({ text });
  const { conversationId } = await gateway.open(request.channel, request.externalKey, request.address);

  if (command.kind === "issue") {
    const { code } = await service.issue(conversationId);
    return {
      conversationId,
      notices: [
        notice(fillTemplate(texts.issued, { code: formatResumeCode(code), hours: service.ttlHours })),
      ],
      duplicate: false,
    };
  }

  const redeemed = await service.redeem({
    code: command.code,
    targetConversationId: conversationId,
    text: request.inbound.text,
    ...(request.externalId ? { externalId: request.externalId } : {}),
    ...(origin ? { origin } : {}),
  });
  if (!redeemed.ok) {
    const text =
      redeemed.reason === "same_conversation"
        ? texts.same_conversation
        : redeemed.reason === "too_many_attempts"
          ? texts.too_many_attempts
          : texts.unknown_code;
    return { conversationId, notices: [notice(text)], duplicate: false };
  }
  const result = await gateway.receive({
    ...request,
    inbound: { kind: "start" },
    ...(request.externalId ? { externalId: `${request.externalId}:resume` } : {}),
  });
  return { conversationId, notices: [notice(texts.resumed)], result, duplicate: redeemed.duplicate };
}
