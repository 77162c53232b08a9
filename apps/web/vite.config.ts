import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The server serves the built app at /app/ (apps/server/src/api/webAppRoutes.ts); in development
// Vite serves it and forwards the API and the WebSocket to a server on port 3000.
export default defineConfig({
  base: "/app/",
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true },
  server: {
    proxy: {
      "/api": "http://localhost:3000",
      "/ws": { target: "ws://localhost:3000", ws: true },
    },
  },
});
