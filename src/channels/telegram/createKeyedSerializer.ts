export interface KeyedSerializer {
  /** Runs `task` after every task queued before it under the same key; other keys run in parallel. */
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
}

/**
 * One chat's work strictly in order within this process: the user's turns, and the messages
 * queued for them, never overtake each other, while other chats go on at the same time.
 */
export function createKeyedSerializer(): KeyedSerializer {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run(key, task) {
      const previous = tails.get(key) ?? Promise.resolve();
      const result = previous.then(task, task);
      const tail = result.catch(() => undefined);
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
  };
}
