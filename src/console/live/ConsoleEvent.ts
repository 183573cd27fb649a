import { z } from "zod";
import { AtsIdSchema } from "../../content/ids.ts";

/**
 * A change open consoles should show: the queue changed (`queue`) or a conversation got a message
 * or a note (`conversation`), and so on; `content` asks the other instances to reload their content
 * files. Ids only: each console fetches what its user may see.
 */
export const ConsoleEventSchema = z.object({
  type: z.enum(["queue", "conversation", "outbox", "submission", "content"]),
  id: z.string().max(100),
  atsId: AtsIdSchema.nullable(),
});
export type ConsoleEvent = z.infer<typeof ConsoleEventSchema>;
