import { BOT_FRAMEWORK_PATH } from "../../../../src/channels/botframework/botFrameworkModule.ts";

/** An Activity posted to the service's /api/messages as a channel posts it (a string goes as it is). */
export function postToBotFramework(service: { url: string }, activity: unknown): Promise<Response> {
  return fetch(`${service.url}${BOT_FRAMEWORK_PATH}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof activity === "string" ? activity : JSON.stringify(activity),
  });
}
