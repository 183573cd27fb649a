import { afterAll, beforeAll } from "vitest";
import { startTestService, type TestService } from "../../../support/startTestService.ts";
import { expectReplies } from "./expectReplies.ts";
import { postToBotFramework } from "./postToBotFramework.ts";
import { type FakeConnector, type SentActivity, startFakeConnector } from "./startFakeConnector.ts";

export interface BotFrameworkService {
  readonly connector: FakeConnector;
  readonly service: TestService;
  post(activity: unknown): Promise<Response>;
  expectReplies(activity: unknown): Promise<SentActivity[]>;
}

/** A fake Bot Connector and the whole service for the tests of one file: started before them, stopped after them. */
export function useBotFrameworkService(): BotFrameworkService {
  let connector: FakeConnector | undefined;
  let service: TestService | undefined;
  beforeAll(async () => {
    connector = await startFakeConnector();
    service = await startTestService();
  });
  afterAll(async () => {
    await service?.dispose();
    await connector?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the connector and the service start before the tests");
    return value;
  };
  return {
    get connector() {
      return started(connector);
    },
    get service() {
      return started(service);
    },
    post: (activity) => postToBotFramework(started(service), activity),
    expectReplies: (activity) => expectReplies(started(service), activity),
  };
}
