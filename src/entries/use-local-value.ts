/** A page's state that follows a value the background keeps in storage.local (platform/local-value.ts). */
import { useEffect, useState } from 'preact/hooks';
import type { LocalValue } from '../platform/local-value';

export function useLocalValue<T>(value: LocalValue<T>): T | null {
  const [current, setCurrent] = useState<T | null>(null);
  useEffect(() => {
    void value.read().then(setCurrent);
    return value.watch(setCurrent);
  }, [value]);
  return current;
}
