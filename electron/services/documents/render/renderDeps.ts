/**
 * What a renderer needs besides the model: the photos' bytes (re-hashed by the vault on every
 * read, so an altered object stops the document) and the fonts shipped with the app.
 */
export interface RenderDeps {
  /** The JPEG a photo block embeds; rejects (AppError INTEGRITY) when the vault copy was altered. */
  readonly loadImage: (sha256: string) => Promise<Buffer>;
  /** Folder holding DejaVuSans.ttf and DejaVuSans-Bold.ttf (resources/fonts). */
  readonly fontsDir: string;
  /** Fonts parsed and text measured once for many documents (a batch); absent: per document. */
  readonly fonts?: import('./pdf/fontSession').FontSession;
  readonly onProgress?: (done: number, total: number, message: string) => void;
}

export interface RenderedPdf {
  readonly bytes: Uint8Array;
  readonly pageCount: number;
}

export interface RenderedDocx {
  readonly bytes: Uint8Array;
}
