import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// Served by Tauri: a fixed dev port, relative asset paths in the bundle.
export default defineConfig({
  plugins: [react()],
  base: "./",
  clearScreen: false,
  server: {
    port: 1420,
    strictPort: true,
  },
  envPrefix: ["VITE_", "TAURI_ENV_"],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // antd alone is ~1 MB minified; the app is loaded from disk, so size warnings are noise.
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      output: {
        // main.tsx's first import, evaluated before the chunks it shares with the pages.
        manualChunks: (id: string) => (id.includes("/layout/hiddenPageSizes") ? "hidden-page-sizes" : undefined),
      },
    },
  },
});
