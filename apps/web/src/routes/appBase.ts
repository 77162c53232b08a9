/** Where the app is mounted; must match `base` in vite.config.ts and the server's /app/ route. */
export const APP_BASE = "/app";
