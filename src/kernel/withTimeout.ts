import { InfrastructureError } from "./InfrastructureError.ts";

/**
 * Settles as `work` does, or rejects with an "unavailable" InfrastructureError once it has taken
 * longer than `ms`: a dependency that stops answering (a connection dropped without a reset) must
 * not hold its callers. The timer is cleared when `work` settles first, so a hot path does not
 * leave one pending per call.
 */
export async function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const gaveUp = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new InfrastructureError("unavailable", message)), ms);
    timer.unref();
  });
  try {
    return await Promise.race([work, gaveUp]);
  } finally {
    clearTimeout(timer);
  }
}
