import { beforeAllTests } from "../../../support/beforeAllTests.ts";
import { startTestService, type TestService } from "../../../support/startTestService.ts";
import { expectReplies } from "./expectReplies.ts";
import { postToBotFramework } from "./postToBotFramework.ts";
import { type FakeConnector, type SentActivity, startFakeConnector } from "./startFakeConnector.ts";

export interface BotFrameworkService {
  connector: FakeConnector;
  service: TestService;
  post(activity: unknown): Promise<Response>;
  expectReplies(activity: unknown): Promise<SentActivity[]>;
}

/** A fake Bot Connector and the whole service for the tests of one file: started before them, stopped after them. */
export function useBotFrameworkService(): () => BotFrameworkService {
  return beforeAllTests(
    async () => {
      const connector = await startFakeConnector();
      const service = await startTestService();
      return {
        connector,
        service,
        post: (activity) => postToBotFramework(service, activity),
        expectReplies: (activity) => expectReplies(service, activity),
      };
    },
    async ({ connector, service }) => {
      await service.dispose();
      await connector.stop();
    },
  );
}
