import type {
  Answer,
  AnswerMatch as AnswerMatchSchema,
  CreateAnswerBody,
  UpdateAnswerBody,
} from "@parley/protocol/library";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../../api/apiRequest";
import { queryKeys } from "../../api/queryKeys";

type AnswerMatch = z.infer<typeof AnswerMatchSchema>;

const listPath = (siteId: string) => `/api/sites/${encodeURIComponent(siteId)}/answers`;
const itemPath = (siteId: string, id: string) => `${listPath(siteId)}/${encodeURIComponent(id)}`;

/** The site's answer library, sorted by question (the server's order). */
export function useAnswers(siteId: string) {
  return useQuery({
    queryKey: queryKeys.site(siteId).answers,
    queryFn: () => apiRequest<Answer[]>("GET", listPath(siteId)),
  });
}

/**
 * What the Answer card's search finds for a visitor's question: the server's own matcher
 * (GET …/answers/search, the same findAnswers the engine runs, 3 results as the engine asks).
 */
export function useAnswerSearch(siteId: string, question: string) {
  const q = question.trim();
  return useQuery({
    queryKey: [...queryKeys.site(siteId).answers, "search", q] as const,
    queryFn: () =>
      apiRequest<AnswerMatch[]>(
        "GET",
        `${listPath(siteId)}/search?${new URLSearchParams({ q, limit: "3" })}`,
      ),
    enabled: q !== "",
    placeholderData: keepPreviousData,
  });
}

/** Add, edit and delete; each refreshes the list (and the searches under it). */
export function useAnswerMutations(siteId: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: queryKeys.site(siteId).answers });
  return {
    create: useMutation({
      mutationFn: (body: z.input<typeof CreateAnswerBody>) =>
        apiRequest<Answer>("POST", listPath(siteId), body),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, ...body }: z.input<typeof UpdateAnswerBody> & { id: string }) =>
        apiRequest<Answer>("PATCH", itemPath(siteId, id), body),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) => apiRequest<void>("DELETE", itemPath(siteId, id)),
      onSuccess: refresh,
    }),
  };
}
