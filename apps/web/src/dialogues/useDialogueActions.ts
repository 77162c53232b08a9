import type { Dialogue, TEMPLATES } from "@parley/protocol/dialogues";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";
import type { DialogueKind } from "./dialogueKind";
import { dialoguePath, dialoguesPath } from "./dialoguePaths";

export type TemplateName = (typeof TEMPLATES)[number];
export type DialogueChange = Partial<Pick<Dialogue, "name" | "description" | "priority">> & {
  draft?: unknown;
  draftRevision?: number;
};

/**
 * The list's and settings' writes. Each puts the answer in the detail's cache and reads the lists, the
 * snippet status and the versions again (a publish or archive can change them all).
 */
export function useDialogueActions(siteId: string) {
  const client = useQueryClient();
  const keys = queryKeys.site(siteId);
  const settle = (dialogue: Dialogue) => {
    // The detail is set, not read again: an open designer keeps its query as it is.
    client.setQueryData(keys.dialogue(dialogue.id), dialogue);
    for (const queryKey of [
      keys.dialogueList("dialogue"),
      keys.dialogueList("flow"),
      keys.dialogueStatus,
      keys.dialogueVersions(dialogue.id),
    ])
      void client.invalidateQueries({ queryKey });
  };
  const useAction = (verb: "publish" | "unpublish" | "archive" | "duplicate") =>
    useMutation({
      mutationFn: (id: string) => apiRequest<Dialogue>("POST", `${dialoguePath(siteId, id)}/${verb}`),
      onSuccess: settle,
    });
  return {
    create: useMutation({
      mutationFn: (body: { kind: DialogueKind; name: string; template: TemplateName | null }) =>
        apiRequest<Dialogue>("POST", dialoguesPath(siteId), body),
      onSuccess: settle,
    }),
    update: useMutation({
      mutationFn: ({ id, ...change }: DialogueChange & { id: string }) =>
        apiRequest<Dialogue>("PATCH", dialoguePath(siteId, id), change),
      onSuccess: settle,
    }),
    publish: useAction("publish"),
    unpublish: useAction("unpublish"),
    archive: useAction("archive"),
    duplicate: useAction("duplicate"),
  };
}

/**
 * Saves the priority order of all the site's dialogues. The list shows the new order at once (written
 * into the cache before the request) and goes back to the server's order if the save is refused.
 */
export function useReorderDialogues(siteId: string) {
  const client = useQueryClient();
  const key = queryKeys.site(siteId).dialogueList("dialogue");
  return useMutation({
    mutationFn: (ids: readonly string[]) =>
      apiRequest<Dialogue[]>("PUT", `${dialoguesPath(siteId)}/order`, { ids }),
    onMutate: async (ids) => {
      await client.cancelQueries({ queryKey: key });
      const before = client.getQueryData<Dialogue[]>(key);
      if (before) {
        const rank = new Map(ids.map((id, i) => [id, i]));
        const sorted = [...before].sort(
          (a, b) => (rank.get(a.id) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b.id) ?? Number.MAX_SAFE_INTEGER),
        );
        client.setQueryData(key, sorted);
      }
      return { before };
    },
    onError: (_error, _ids, context) => {
      if (context?.before) client.setQueryData(key, context.before);
    },
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: key });
      await client.invalidateQueries({ queryKey: queryKeys.site(siteId).dialogueStatus });
    },
  });
}
