import type { Company, UpdateCompanyBody } from "@parley/protocol/people";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";

/** Saves a company's changed fields; its lists refresh, and people lists (they show company names). */
export function useUpdateCompany(siteId: string, companyId: string) {
  const client = useQueryClient();
  const keys = queryKeys.site(siteId);
  return useMutation({
    mutationFn: (body: z.input<typeof UpdateCompanyBody>) =>
      apiRequest<Company>("PATCH", `/api/sites/${siteId}/companies/${companyId}`, body),
    onSuccess: async (company) => {
      client.setQueryData(keys.company(companyId), company);
      await Promise.all([
        client.invalidateQueries({ queryKey: keys.companyLists }),
        client.invalidateQueries({ queryKey: keys.peopleLists }),
      ]);
    },
  });
}
