import type { Prisma } from "../generated/client.ts";

export async function deleteStaffSession(client: Prisma.TransactionClient, id: string): Promise<void> {
  await client.staffSession.deleteMany({ where: { id } });
}
