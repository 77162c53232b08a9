/** Now as the ISO text the store keeps; `offsetMs` moves it. */
export const nowIso = (offsetMs = 0): string => new Date(Date.now() + offsetMs).toISOString();
