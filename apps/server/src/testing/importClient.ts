import type { Import, ImportMapping, ImportPreview } from "@parley/protocol/imports";
import type { ApiClient } from "./apiClient";
import type { TestServer } from "./testServer";

/** Uploads CSV text (or bytes) as the app does: the file as the body, Content-Type text/csv. */
export async function uploadCsv(
  client: ApiClient,
  siteId: string,
  entity: "people" | "companies",
  body: string | Uint8Array,
  contentType = "text/csv",
): Promise<{ status: number; body: ImportPreview & { error?: { code: string; message: string } } }> {
  const headers: Record<string, string> = { "content-type": contentType };
  if (client.cookie) headers.cookie = client.cookie;
  if (client.csrfToken) headers["x-csrf-token"] = client.csrfToken;
  if (client.bearer) headers.authorization = `Bearer ${client.bearer}`;
  const res = await fetch(
    `${client.baseUrl}/api/sites/${siteId}/imports?entity=${entity}&fileName=test.csv`,
    {
      method: "POST",
      headers,
      body,
    },
  );
  return { status: res.status, body: (await res.json()) as never };
}

/** Starts a run and waits for its job to settle on this node; answers the import as it ended. */
export async function runToEnd(
  server: TestServer,
  client: ApiClient,
  siteId: string,
  importId: string,
  mapping: ImportMapping,
  dryRun: boolean,
): Promise<Import> {
  const settled = server.parley.ctx.jobs.waitFor(
    (s) => s.job.kind === "imports.run" && s.job.payload.includes(importId),
  );
  const started = await client.post<Import>(`/api/sites/${siteId}/imports/${importId}/start`, {
    mapping,
    dryRun,
  });
  if (started.status !== 202) throw new Error(`not started: ${JSON.stringify(started.body)}`);
  await settled;
  return (await client.get<Import>(`/api/sites/${siteId}/imports/${importId}`)).body;
}

/** Uploads, then runs with the suggested mapping (or the one given). */
export async function importCsv(
  server: TestServer,
  client: ApiClient,
  siteId: string,
  entity: "people" | "companies",
  csv: string,
  options: { dryRun?: boolean; mapping?: ImportMapping } = {},
): Promise<Import> {
  const up = await uploadCsv(client, siteId, entity, csv);
  if (up.status !== 201) throw new Error(`upload refused: ${JSON.stringify(up.body)}`);
  return runToEnd(
    server,
    client,
    siteId,
    up.body.import.id,
    options.mapping ?? up.body.suggested,
    options.dryRun ?? false,
  );
}
