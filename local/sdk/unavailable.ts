/**
 * A stand-in for SDK APIs that would call Tencent's servers and have no local version yet:
 * any property path on it leads to a function that rejects, naming the API, instead of
 * opening a socket. `cloud.getOpenData(...)` rejects the same way.
 */
export function unavailable(apiPath: string): unknown {
  const reject = (): Promise<never> =>
    Promise.reject(new Error(`${apiPath} is not available in the local runtime (no network)`));

  return new Proxy(reject, {
    get(target, key) {
      if (typeof key === 'symbol') return Reflect.get(target, key);
      return unavailable(`${apiPath}.${key}`);
    },
  });
}
