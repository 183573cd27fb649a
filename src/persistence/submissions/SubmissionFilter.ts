import type { ActionId, ProvinceCode } from "../../content/ids.ts";
import { type AtsAccess, atsWhere } from "../AtsAccess.ts";

export interface SubmissionFilter {
  action?: ActionId | undefined;
  province?: ProvinceCode | undefined;
  status?: string | undefined;
  /** Inclusive lower bound of createdAt. */
  from?: Date | undefined;
  /** Exclusive upper bound of createdAt. */
  to?: Date | undefined;
}

/** The Prisma `where` of the staff's filters within their territories. */
export function submissionWhere(filter: SubmissionFilter, access: AtsAccess) {
  return {
    ...atsWhere(access),
    ...(filter.action ? { actionIds: { has: filter.action } } : {}),
    ...(filter.province ? { province: filter.province } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.from || filter.to
      ? {
          createdAt: {
            ...(filter.from ? { gte: filter.from } : {}),
            ...(filter.to ? { lt: filter.to } : {}),
          },
        }
      : {}),
  };
}
