/** An object with one entry per key (TypeScript's Object.fromEntries loses the key type). */
export function recordOf<K extends string, V>(keys: readonly K[], value: (key: K) => V): Record<K, V> {
  const out = {} as Record<K, V>; // filled below with every key
  for (const k of keys) out[k] = value(k);
  return out;
}
