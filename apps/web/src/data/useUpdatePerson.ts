import type { Person, UpdatePersonBody } from "@parley/protocol/people";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";

/** Saves a person's changed fields; the detail shows the saved person at once and the lists refresh. */
export function useUpdatePerson(siteId: string, personId: string) {
  const client = useQueryClient();
  const keys = queryKeys.site(siteId);
  return useMutation({
    mutationFn: (body: z.input<typeof UpdatePersonBody>) =>
      apiRequest<Person>("PATCH", `/api/sites/${siteId}/people/${personId}`, body),
    onSuccess: async (person) => {
      client.setQueryData(keys.person(personId), person);
      await Promise.all([
        client.invalidateQueries({ queryKey: keys.peopleLists }),
        client.invalidateQueries({ queryKey: keys.personTimeline(personId) }),
        client.invalidateQueries({ queryKey: keys.companyLists }),
      ]);
    },
  });
}
