/**
 * Listening for an abort without piling listeners on the caller's signal. Thousands of waits and
 * calls may share one signal; each `addEventListener` on it would count towards Node's limit of 10
 * (MaxListenersExceededWarning). Here a signal gets one listener, which fans out to the callbacks
 * registered through it.
 */
const callbacks = new WeakMap<AbortSignal, Set<() => void>>();

/** Calls `callback` once when `signal` aborts; returns the function that unregisters it. */
export function onAbort(signal: AbortSignal, callback: () => void): () => void {
  let registered = callbacks.get(signal);
  if (!registered) {
    const set = new Set<() => void>();
    registered = set;
    callbacks.set(signal, set);
    signal.addEventListener(
      'abort',
      () => {
        callbacks.delete(signal);
        for (const registeredCallback of [...set]) registeredCallback();
      },
      { once: true },
    );
  }
  const set = registered;
  set.add(callback);
  return () => void set.delete(callback);
}
