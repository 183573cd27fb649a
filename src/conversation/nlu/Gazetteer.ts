import { z } from "zod";
import { ProvinceCodeSchema } from "../../content/ids.ts";

/**
 * The places the entity extractor knows. It is the shape of `intents/territory/provinces.yaml`
 * as `loadContent` gives it (structurally), reduced to what finding places needs, so the core
 * does not depend on the content layer.
 */
export const GazetteerSchema = z.object({
  provinces: z.array(
    z.object({
      code: ProvinceCodeSchema,
      name: z.string().min(1),
      aliases: z.array(z.string().min(1)),
      split: z
        .array(
          z.object({
            area: z.string().min(1),
            aliases: z.array(z.string().min(1)),
            comuni: z.array(z.string().min(1)),
          }),
        )
        .default([]),
    }),
  ),
  comuni: z.array(z.object({ name: z.string().min(1), province: ProvinceCodeSchema })),
});
export type Gazetteer = z.infer<typeof GazetteerSchema>;
