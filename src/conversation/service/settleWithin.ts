/**
 * Waits for `work` at most `ms` milliseconds, never rejecting: at shutdown a dead database
 * connection must not hold the process, and what is left undone is retried by the next start.
 */
export async function settleWithin(work: Promise<unknown> | undefined, ms: number): Promise<void> {
  if (!work) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  await Promise.race([
    work.then(
      () => undefined,
      () => undefined,
    ),
    timeout,
  ]);
  clearTimeout(timer);
}
