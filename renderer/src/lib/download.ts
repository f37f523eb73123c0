import { base64ToBytes } from './base64';

export function pdfBlobFromBase64(base64: string, type = 'application/pdf'): Blob {
  return new Blob([base64ToBytes(base64)], { type });
}

/**
 * Saves bytes through an anchor with a download attribute: the browser (or Electron's
 * will-download handler) asks where to put the file. The object URL is released afterwards.
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  // Revoking at once can cancel the download in Chromium; a minute is ample to start it.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
