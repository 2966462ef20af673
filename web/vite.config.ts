import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** The workbench is served by `impasse serve` from `web/dist`; `/api` is the same origin. */
export default defineConfig({
  root: import.meta.dirname,
  base: "./",
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 1000 },
  server: { proxy: { "/api": process.env.IMPASSE_API ?? "http://127.0.0.1:4318" } },
});
