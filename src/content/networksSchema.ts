import { z } from "zod";
import { checkListedOnce } from "./checkListedOnce.ts";
import { ATS_IDS, AtsIdSchema, ProvinceCodeSchema } from "./ids.ts";
import { LocalizedTextSchema } from "./localizedTextSchema.ts";

export const NetworkSchema = z.strictObject({
  ats: AtsIdSchema,
  ats_name: LocalizedTextSchema,
  /** What people write after "ATS" to name it ("val padana"): a question about it is not about a city. */
  names: z.array(z.string().trim().min(1)).min(1),
  /** Names that say the ATS on their own, not being places too ("Val Padana", "Insubria"). */
  alone: z.array(z.string().trim().min(1)).default([]),
  name: LocalizedTextSchema,
  /** Provinces whose own ATS this is (checked against the territory file). */
  provinces: z.array(ProvinceCodeSchema),
  /** Split areas of other provinces served by this ATS (ids from the territory file). */
  areas: z.array(z.string().min(1)),
  /** The ATS's territory in words, for the list of the eight networks. */
  coverage: LocalizedTextSchema,
  /** Only public, verified contacts: the ATS's institutional website. */
  website: z.url({ protocol: /^https$/ }),
});

/** `intents/programme/networks.yaml`: the eight territorial networks, one per ATS. */
export const NetworksFileSchema = z
  .strictObject({
    mailbox: z.email(),
    source: z.string().min(1),
    networks: z.array(NetworkSchema),
  })
  .superRefine((file, ctx) => {
    checkListedOnce(ctx, ["networks"], file.networks, "ats", { ids: ATS_IDS, name: "networks" });
  });
export type NetworksFile = z.infer<typeof NetworksFileSchema>;
