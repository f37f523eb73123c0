/** Types for heic-decode 2.x (libheif compiled to WebAssembly), which ships none. */
declare module 'heic-decode' {
  interface DecodedHeic {
    readonly width: number;
    readonly height: number;
    /** RGBA, 4 bytes per pixel, rows top to bottom. */
    readonly data: Uint8ClampedArray;
  }
  function decode(input: { buffer: ArrayBufferLike | Uint8Array }): Promise<DecodedHeic>;
  export = decode;
}
