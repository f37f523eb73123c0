import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is built once and served two ways: from Electron's app:// protocol and from the
// localhost HTTP bridge. `base: './'` keeps every asset URL relative so both origins work.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    // A desktop app loads from disk: one chunk per vendor group is not worth the extra requests.
    chunkSizeWarningLimit: 1500,
  },
});
