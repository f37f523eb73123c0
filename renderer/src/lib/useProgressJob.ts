/**
 * A long core call that reports progress events (issuing a document, a verify): gives the call a
 * job id, follows the events for that id only, and clears the progress when the call settles.
 */
import { useCallback, useState } from 'react';
import { api } from '../api';
import { newJobId } from './jobId';

export interface JobProgress {
  readonly done: number;
  readonly total: number;
  readonly message: string;
  /** 0–100 once the core has said how many steps there are; null before (indeterminate). */
  readonly percent: number | null;
}

export function useProgressJob(): {
  readonly progress: JobProgress | null;
  readonly run: <T>(startMessage: string, call: (jobId: string) => Promise<T>) => Promise<T>;
} {
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const run = useCallback(async <T,>(startMessage: string, call: (jobId: string) => Promise<T>): Promise<T> => {
    const jobId = newJobId();
    setProgress({ done: 0, total: 0, message: startMessage, percent: null });
    const unsubscribe = api.onProgress((event) => {
      if (event.jobId !== jobId) return;
      const percent = event.total > 0 ? Math.round((event.done / event.total) * 100) : null;
      setProgress({ done: event.done, total: event.total, message: event.message, percent });
    });
    try {
      return await call(jobId);
    } finally {
      unsubscribe();
      setProgress(null);
    }
  }, []);
  return { progress, run };
}
