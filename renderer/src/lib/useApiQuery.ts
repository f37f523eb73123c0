import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppErrorShape, Result } from '../../../shared/errors';
import { t } from '../i18n/t';

export interface ApiQuery<T> {
  /** The latest successful value for this key, kept while a reload runs (no flashing spinner). */
  readonly data: T | undefined;
  /** The latest failure for this key; cleared by the next success. */
  readonly error: AppErrorShape | undefined;
  /** True until the first answer for this key, and while a reload runs. */
  readonly loading: boolean;
  readonly reload: () => void;
}

interface Settled<T> {
  readonly key: string;
  readonly generation: number;
  readonly result: Result<T>;
  /** The last successful value for the same key, so a failed reload does not blank the page. */
  readonly lastGood: T | undefined;
}

/**
 * Loads `load()` whenever `key` changes (the key names everything the call depends on, e.g.
 * `case:12`) or `reload()` is called. A late answer for an old key is ignored. State is derived
 * by comparing keys rather than reset inside the effect, so there is no synchronous setState.
 */
export function useApiQuery<T>(key: string, load: () => Promise<Result<T>>): ApiQuery<T> {
  const [generation, setGeneration] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const latestLoad = useRef(load);

  useEffect(() => {
    latestLoad.current = load;
  });

  useEffect(() => {
    let current = true;
    const settle = (result: Result<T>) => {
      if (!current) return;
      setSettled((prev) => ({
        key,
        generation,
        result,
        lastGood: result.ok ? result.value : prev?.key === key ? prev.lastGood : undefined,
      }));
    };
    latestLoad.current().then(settle, () =>
      // Api methods resolve to a Result; a rejection means a transport bug or a lost core.
      settle({ ok: false, error: { code: 'INTERNAL', message: t('error.lostContact') } }),
    );
    return () => {
      current = false;
    };
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const forThisKey = settled?.key === key ? settled : null;
  const loading = !forThisKey || forThisKey.generation !== generation;

  return {
    data: forThisKey?.lastGood,
    error: forThisKey && !forThisKey.result.ok ? forThisKey.result.error : undefined,
    loading,
    reload,
  };
}
