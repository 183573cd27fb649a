import { z } from "zod";
import { checkListedOnce } from "./checkListedOnce.ts";
import { normalizePlaceName } from "./format/normalizePlaceName.ts";
import { AtsIdSchema, PROVINCE_CODES, ProvinceCodeSchema } from "./ids.ts";
import { isoDateSchema } from "./isoDateSchema.ts";

const nonEmpty = z.string().trim().min(1);

/** Part of a province served by another ATS; only its comuni can tell where a person belongs. */
export const SplitAreaSchema = z.object({
  area: z.string().regex(/^[a-z_]+$/, "expected a snake_case id"),
  name: nonEmpty,
  aliases: z.array(nonEmpty).default([]),
  ats: AtsIdSchema,
  valid_from: isoDateSchema.optional(),
  /** Last day the area belonged to `ats`; afterwards the province's own ATS applies. */
  valid_until: isoDateSchema.optional(),
  source: nonEmpty,
  note: z.string().optional(),
  comuni: z.array(nonEmpty).min(1),
});
export type SplitArea = z.infer<typeof SplitAreaSchema>;

export const ProvinceSchema = z.object({
  code: ProvinceCodeSchema,
  name: nonEmpty,
  aliases: z.array(nonEmpty).min(1),
  ats: AtsIdSchema,
  split: z.array(SplitAreaSchema).default([]),
});

export const ComuneSchema = z.object({ name: nonEmpty, province: ProvinceCodeSchema });

/** `intents/territory/provinces.yaml`: provinces, their ATS, split areas and the main comuni. */
export const TerritorySchema = z
  .object({
    sources: z.array(z.object({ id: nonEmpty, text: nonEmpty })).default([]),
    provinces: z.array(ProvinceSchema),
    comuni: z.array(ComuneSchema).min(1),
  })
  .superRefine((territory, ctx) => {
    checkListedOnce(ctx, ["provinces"], territory.provinces, "code", {
      ids: PROVINCE_CODES,
      name: "provinces",
    });
    const sourceIds = new Set(territory.sources.map((s) => s.id));
    const comuneOwner = new Map<string, string>();
    const claim = (name: string, owner: string, path: (string | number)[]) => {
      const key = normalizePlaceName(name);
      const previous = comuneOwner.get(key);
      if (previous !== undefined) {
        ctx.addIssue({ code: "custom", path, message: `comune "${name}" is already listed in ${previous}` });
      }
      comuneOwner.set(key, owner);
    };
    territory.provinces.forEach((province, p) => {
      province.split.forEach((area, a) => {
        if (!sourceIds.has(area.source)) {
          ctx.addIssue({
            code: "custom",
            path: ["provinces", p, "split", a, "source"],
            message: `unknown source "${area.source}" (not in sources)`,
          });
        }
        if (area.valid_from && area.valid_until && area.valid_from > area.valid_until) {
          ctx.addIssue({
            code: "custom",
            path: ["provinces", p, "split", a, "valid_until"],
            message: "valid_until is before valid_from",
          });
        }
        area.comuni.forEach((name, c) => {
          claim(name, `${province.code} ${area.area}`, ["provinces", p, "split", a, "comuni", c]);
        });
      });
    });
    territory.comuni.forEach((comune, c) => {
      claim(comune.name, `comuni (${comune.province})`, ["comuni", c, "name"]);
    });
  });
export type Territory = z.infer<typeof TerritorySchema>;
