import { describe, expect, it } from "vitest";
import { useTestService } from "../../support/useTestService.ts";
import { signIn } from "../console/support/consoleHarness.ts";
import { type Conversation, postMessage, requestJson, startConversation } from "./support/directLineHttp.ts";

const SECRET_KEY = "revocation-test-secret-key-0123456789abcdef";

describe(`web chat tokens voided on ${process.env.TEST_DB}`, () => {
  const service = useTestService({ SECRET_KEY, OFFICE_HOURS: "mon-sun 00:00-24:00" });

  const say = async (conversation: Conversation, text: string) => {
    const res = await postMessage(service().url, conversation, text);
    expect(res.status).toBe(200);
  };
  const refresh = (token: string) =>
    requestJson(`${service().url}/v3/directline/tokens/refresh`, { method: "POST", token, body: {} });
  const read = (conversation: Conversation) =>
    requestJson(`${service().url}/v3/directline/conversations/${conversation.conversationId}/activities`, {
      token: conversation.token,
    });

  it("after an erasure: the token can no longer be refreshed, reopened or used to write; the last replies stay readable for a minute", async () => {
    const conversation = await startConversation(service().url);
    const saved = (await refresh(conversation.token)).json;
    await say(conversation, "cancella i miei dati");
    await say(conversation, "Sì, cancella");
    await new Promise((resolve) => setTimeout(resolve, 3_500));

    const refreshed = await refresh(conversation.token);
    expect(refreshed.status).toBe(403);
    expect(refreshed.json).toMatchObject({ error: "token_revoked" });
    const reopened = await requestJson(
      `${service().url}/v3/directline/conversations/${conversation.conversationId}`,
      { token: conversation.token },
    );
    expect(reopened.status).toBe(403);
    const written = await postMessage(service().url, conversation, "ciao");
    expect(written.status).toBe(403);
    // The confirmation of the erasure can still be fetched for a moment.
    expect((await read(conversation)).status).toBe(200);
    // A token refreshed before the erasure is void too.
    const earlier =
      typeof saved === "object" && saved !== null && "token" in saved ? String(saved.token) : "";
    expect((await refresh(earlier)).status).toBe(403);
  });

  it("after the staff close the conversation: the saved token cannot reopen it", async () => {
    const conversation = await startConversation(service().url);
    await say(conversation, "Parlare con una persona");
    const staff = await signIn(service(), "supervisor");
    const row = await service().db.prisma.conversation.findFirstOrThrow({
      where: { channel: "web", externalKey: conversation.conversationId },
    });
    expect(row.handoffStatus).toBe("queued");
    expect((await staff.json(`/console/api/conversations/${row.id}/claim`, { method: "POST" })).status).toBe(
      200,
    );
    const closed = await staff.json(`/console/api/conversations/${row.id}/close`, {
      method: "POST",
      body: { outcome: "resolved" },
    });
    expect(closed.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    expect((await refresh(conversation.token)).status).toBe(403);
    expect((await postMessage(service().url, conversation, "ciao")).status).toBe(403);
  });

  it("keeps working for a conversation that was neither erased nor closed", async () => {
    const conversation = await startConversation(service().url);
    await say(conversation, "Famiglia");
    expect((await refresh(conversation.token)).status).toBe(200);
    expect((await read(conversation)).status).toBe(200);
  });
});
