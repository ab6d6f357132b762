// @peculiar/x509 uses tsyringe, which needs the Reflect metadata API at load time. This is
// the few functions it calls, so no polyfill package (or global side effects beyond these).
type Target = object;
const store = new WeakMap<Target, Map<unknown, unknown>>();
const reflect = Reflect as unknown as Record<string, unknown>;

function own(target: Target, create: boolean): Map<unknown, unknown> | undefined {
  let map = store.get(target);
  if (!map && create) store.set(target, (map = new Map()));
  return map;
}

if (typeof reflect.getMetadata !== 'function') {
  reflect.defineMetadata = (key: unknown, value: unknown, target: Target): void => {
    own(target, true)!.set(key, value);
  };
  reflect.getOwnMetadata = (key: unknown, target: Target): unknown => own(target, false)?.get(key);
  reflect.getMetadata = (key: unknown, target: Target): unknown => {
    for (let t: Target | null = target; t; t = Object.getPrototypeOf(t) as Target | null) {
      const map = own(t, false);
      if (map?.has(key)) return map.get(key);
    }
    return undefined;
  };
  reflect.metadata = (key: unknown, value: unknown) => (target: Target): void => {
    own(target, true)!.set(key, value);
  };
}

export {};
