/** The API paths of a site's dialogues (ids are encoded: they come from the URL). */
export const dialoguesPath = (siteId: string) => `/api/sites/${encodeURIComponent(siteId)}/dialogues`;
export const dialoguePath = (siteId: string, id: string) =>
  `${dialoguesPath(siteId)}/${encodeURIComponent(id)}`;
