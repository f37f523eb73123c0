import { useCallback, useEffect, useRef, useState } from 'react';
import type { Photo } from '../../../../shared/domain';
import { MAX_PHOTO_BYTES } from '../../../../shared/schemas';
import { api } from '../../api';
import { t } from '../../i18n/t';
import { fileToBase64 } from '../../lib/base64';
import { newJobId } from '../../lib/jobId';

export type UploadPhase = 'waiting' | 'reading' | 'uploading' | 'failed';

export interface UploadItem {
  readonly key: string;
  readonly fileName: string;
  readonly phase: UploadPhase;
  /** From the core's progress events; null until the first one arrives. */
  readonly progress: { readonly done: number; readonly total: number; readonly message: string } | null;
  /** Set when phase is 'failed': "<file name>: <what to do>". */
  readonly error: string | null;
}

interface Target {
  readonly caseId: number;
  readonly violationId: number | null;
  readonly onUploaded: (photo: Photo) => void;
}

let nextKey = 0;

/**
 * Uploads photos one at a time: each is read and base64-encoded only when its turn comes, so a
 * drop of forty 20 MB photos never holds forty copies in memory. A failed file is reported
 * beside its name and the queue moves on. Successful files leave the list, because their
 * thumbnails appear in the grid.
 */
export function usePhotoUploads({ caseId, violationId, onUploaded }: Target) {
  const [items, setItems] = useState<readonly UploadItem[]>([]);
  const queue = useRef<{ key: string; file: File }[]>([]);
  const running = useRef(false);
  const mounted = useRef(true);
  const latestOnUploaded = useRef(onUploaded);

  useEffect(() => {
    latestOnUploaded.current = onUploaded;
  });
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const update = useCallback((key: string, change: Partial<UploadItem> | null) => {
    if (!mounted.current) return;
    setItems((prev) => (change === null ? prev.filter((i) => i.key !== key) : prev.map((i) => (i.key === key ? { ...i, ...change } : i))));
  }, []);

  const uploadOne = useCallback(
    async (key: string, file: File) => {
      const failed = (message: string) =>
        update(key, {
          phase: 'failed',
          // Core messages often name the file already; saying it twice reads as a stutter.
          error: message.includes(file.name) ? message : t('photos.failed', { fileName: file.name, message }),
        });
      if (file.size > MAX_PHOTO_BYTES) {
        failed(t('photos.tooLarge', { limit: Math.floor(MAX_PHOTO_BYTES / (1024 * 1024)) }));
        return;
      }
      update(key, { phase: 'reading' });
      let dataBase64: string;
      try {
        dataBase64 = await fileToBase64(file);
      } catch {
        failed(t('photos.readFailed'));
        return;
      }
      update(key, { phase: 'uploading' });
      const jobId = newJobId();
      const unsubscribe = api.onProgress((event) => {
        if (event.jobId === jobId) update(key, { progress: { done: event.done, total: event.total, message: event.message } });
      });
      try {
        const result = await api.importPhoto({ caseId, violationId, fileName: file.name, dataBase64 }, { jobId });
        if (!result.ok) {
          failed(result.error.message);
          return;
        }
        update(key, null);
        latestOnUploaded.current(result.value);
      } finally {
        unsubscribe();
      }
    },
    [caseId, violationId, update],
  );

  const addFiles = useCallback(
    async (files: readonly File[]) => {
      const added = files.map((file) => ({ key: `upload-${(nextKey += 1)}`, file }));
      if (added.length === 0) return;
      setItems((prev) => [
        ...prev,
        ...added.map(({ key, file }): UploadItem => ({ key, fileName: file.name, phase: 'waiting', progress: null, error: null })),
      ]);
      queue.current.push(...added);
      if (running.current) return;
      running.current = true;
      try {
        for (let next = queue.current.shift(); next; next = queue.current.shift()) await uploadOne(next.key, next.file);
      } finally {
        running.current = false;
      }
    },
    [uploadOne],
  );

  const dismissFailed = useCallback(() => setItems((prev) => prev.filter((i) => i.phase !== 'failed')), []);

  return { items, addFiles, dismissFailed };
}
