import { useEffect, useState } from 'react';
import type { AppErrorShape } from '../../../../shared/errors';
import { api } from '../../api';
import { t } from '../../i18n/t';
import { pdfBlobFromBase64 } from '../../lib/download';

type PdfState =
  | { readonly documentId: number; readonly url: string; readonly fileName: string; readonly error: null }
  | { readonly documentId: number; readonly url: null; readonly fileName: null; readonly error: AppErrorShape };

/**
 * Fetches an issued PDF (the core re-hashes it against the vault first) and exposes it as a
 * blob: URL for an iframe and a download link. The URL is revoked when the document changes or
 * the viewer closes, so previews do not pile up in memory.
 */
export function usePdfObjectUrl(documentId: number | null) {
  const [state, setState] = useState<PdfState | null>(null);

  useEffect(() => {
    if (documentId === null) return;
    let current = true;
    let url: string | null = null;
    void api.getDocumentPdf({ documentId }).then((result) => {
      if (!current) return;
      if (!result.ok) {
        setState({ documentId, url: null, fileName: null, error: result.error });
        return;
      }
      try {
        url = URL.createObjectURL(pdfBlobFromBase64(result.value.dataBase64));
      } catch {
        setState({ documentId, url: null, fileName: null, error: { code: 'INTERNAL', message: t('error.badAnswer', { status: 200 }) } });
        return;
      }
      setState({ documentId, url, fileName: result.value.fileName, error: null });
    });
    return () => {
      current = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [documentId]);

  return state !== null && state.documentId === documentId ? state : null;
}
