import type { Site, UpdateSiteBody } from "@parley/protocol/sites";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { z } from "zod";
import { apiRequest } from "../../api/apiRequest";
import { queryKeys } from "../../api/queryKeys";
import { type FieldErrors, fieldErrorsOf } from "../../forms/fieldErrorsOf";

type Body = z.input<typeof UpdateSiteBody>;

const CORRECT_FIELDS = "Please correct the fields marked above.";

/**
 * Saving part of a site's settings (PATCH /api/sites/:id), for a form that:
 * - checks what only the form can (numbers typed as text) in `problems` before anything is sent;
 * - shows the server's messages beside its fields (`errors`, keyed by body path);
 * - says "saved" only while it still shows exactly what was saved (`isSaved(currentBody)`).
 */
export function useSiteSave(siteId: string) {
  const queryClient = useQueryClient();
  const [savedBody, setSavedBody] = useState<string | null>(null);
  const [localProblems, setLocalProblems] = useState<FieldErrors>({});
  const save = useMutation({
    mutationFn: (body: Body) => apiRequest<Site>("PATCH", `/api/sites/${encodeURIComponent(siteId)}`, body),
    onSuccess: (_site, body) => {
      setSavedBody(JSON.stringify(body));
      void queryClient.invalidateQueries({ queryKey: queryKeys.sites });
    },
  });
  const hasProblems = Object.keys(localProblems).length > 0;
  return {
    pending: save.isPending,
    errors: { ...fieldErrorsOf(save.error), ...localProblems } as FieldErrors,
    /** For FormMessage: the server's error, or a pointer to the fields the form itself marked. */
    error: hasProblems ? new Error(CORRECT_FIELDS) : save.error,
    /** The form shows other than what was saved last (or, before any save, than `initial`, stringified). */
    isDirty: (initial: string, body: Body) => JSON.stringify(body) !== (savedBody ?? initial),
    isSaved: (body: Body) => savedBody !== null && !save.isPending && savedBody === JSON.stringify(body),
    /** Sends `body` unless `problems` (field path → message) has any; shows them otherwise. */
    submit(body: Body, problems: FieldErrors = {}) {
      setSavedBody(null);
      setLocalProblems(problems);
      if (Object.keys(problems).length > 0) return save.reset();
      save.mutate(body);
    },
  };
}
