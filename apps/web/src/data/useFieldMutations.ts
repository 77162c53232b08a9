import type { CreateFieldBody, FieldDefinition, UpdateFieldBody } from "@parley/protocol/fields";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";

/** Create, change and delete field definitions; each refreshes the site's fields. */
export function useFieldMutations(siteId: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: queryKeys.site(siteId).fields });
  const base = `/api/sites/${siteId}/fields`;
  return {
    create: useMutation({
      mutationFn: (body: z.input<typeof CreateFieldBody>) => apiRequest<FieldDefinition>("POST", base, body),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, ...body }: { id: string } & z.input<typeof UpdateFieldBody>) =>
        apiRequest<FieldDefinition>("PATCH", `${base}/${id}`, body),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) => apiRequest<{ ok: true }>("DELETE", `${base}/${id}`),
      onSuccess: refresh,
    }),
  };
}
