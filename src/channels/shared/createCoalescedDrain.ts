/**
 * The delivery scan of a push channel, run one at a time: a scan asked for while one is running
 * is folded into a second pass (with the message ids announced meanwhile), and a full batch asks
 * for another pass. A failing scan is reported and left to the next trigger.
 */
export function createCoalescedDrain(options: {
  batch: number;
  /** One scan; returns how many undelivered rows it saw. */
  scanOnce: (announcedIds: Set<string>) => Promise<number>;
  onError: (error: unknown) => void;
}) {
  /** Ids announced by outbound events and not yet scanned for. */
  const announced = new Set<string>();
  let draining: Promise<void> | undefined;
  let drainAgain = false;

  function drain(announcedIds: Set<string> = new Set()): Promise<void> {
    if (draining) {
      drainAgain = true;
      for (const id of announcedIds) announced.add(id);
      return draining;
    }
    draining = (async () => {
      try {
        let ids = announcedIds;
        do {
          drainAgain = false;
          const seen = await options.scanOnce(ids);
          ids = new Set(announced);
          announced.clear();
          if (seen === options.batch) drainAgain = true;
        } while (drainAgain);
      } catch (error) {
        options.onError(error);
      } finally {
        draining = undefined;
      }
    })();
    return draining;
  }

  return { drain, announced };
}
