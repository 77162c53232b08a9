import type { Import, ImportEntity, ImportMapping, ImportPreview } from "@parley/protocol/imports";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";

const running = (status: Import["status"] | undefined) => status === "queued" || status === "running";

/**
 * One import, kept fresh while it runs: `import.progress` events update it after each batch, and
 * it is read again every second besides (an event missed while reconnecting cannot stall the bar).
 */
export function useImport(siteId: string, importId: string | null) {
  return useQuery({
    queryKey: [...queryKeys.site(siteId).imports, importId],
    queryFn: () => apiRequest<Import>("GET", `/api/sites/${siteId}/imports/${importId}`),
    enabled: importId !== null,
    refetchInterval: (query) => (running(query.state.data?.status) ? 1000 : false),
  });
}

/** Upload a CSV file (the file itself is the body) and run it, as a dry run or for real. */
export function useImportActions(siteId: string) {
  const client = useQueryClient();
  const key = queryKeys.site(siteId).imports;
  const upload = useMutation({
    mutationFn: ({ entity, file }: { entity: ImportEntity; file: File }) =>
      apiRequest<ImportPreview>(
        "POST",
        `/api/sites/${siteId}/imports?entity=${entity}&fileName=${encodeURIComponent(file.name)}`,
        // Browsers name a .csv file's type variously (Windows: application/vnd.ms-excel): say what it is.
        new Blob([file], { type: "text/csv" }),
      ),
    onSuccess: (preview) => client.setQueryData([...key, preview.import.id], preview.import),
  });
  const start = useMutation({
    mutationFn: ({
      importId,
      mapping,
      dryRun,
    }: {
      importId: string;
      mapping: ImportMapping;
      dryRun: boolean;
    }) => apiRequest<Import>("POST", `/api/sites/${siteId}/imports/${importId}/start`, { mapping, dryRun }),
    onSuccess: (started) => client.setQueryData([...key, started.id], started),
  });
  return { upload, start };
}

export const importErrorsUrl = (siteId: string, importId: string) =>
  `/api/sites/${siteId}/imports/${importId}/errors.csv`;
