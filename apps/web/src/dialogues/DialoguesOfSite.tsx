import type { Dialogue } from "@parley/protocol/dialogues";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useSession } from "../session/SessionContext";
import { Checkbox } from "../ui/Checkbox";
import { EmptyState } from "../ui/EmptyState";
import { FormMessage } from "../ui/FormMessage";
import { QueryState } from "../ui/QueryState";
import { type DialogueKind, KIND_WORDS, TAB_PATHS } from "./dialogueKind";
import { DialogueList } from "./DialogueList";
import type { RowCommand } from "./DialogueRowActions";
import { FirstDialogueGuide } from "./FirstDialogueGuide";
import { moveBy } from "./moveInOrder";
import { PageCheck } from "./PageCheck";
import { type PublishRefusal, publishRefusal } from "./publishProblems";
import { SnippetStatusBanner } from "./SnippetStatusBanner";
import { useDialogueActions, useReorderDialogues } from "./useDialogueActions";
import { useDialogueKeyNumbers } from "./report/useDialogueKeyNumbers";
import { useDialogueList } from "./useDialogueList";

/** The selected site's list: the snippet banner, the rows and their commands, or the first-dialogue guide. */
export function DialoguesOfSite({ siteId, kind }: { siteId: string; kind: DialogueKind }) {
  const { can } = useSession();
  const words = KIND_WORDS[kind];
  const list = useDialogueList(siteId, kind);
  const numbers = useDialogueKeyNumbers(siteId, kind);
  const actions = useDialogueActions(siteId);
  const reorder = useReorderDialogues(siteId);
  const [showArchived, setShowArchived] = useState(false);
  const [refusal, setRefusal] = useState<(PublishRefusal & { dialogue: Dialogue }) | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const run = (dialogue: Dialogue, command: RowCommand, active: readonly Dialogue[]) => {
    setRefusal(null);
    setError(null);
    setNotice(null);
    if (command === "up" || command === "down") {
      const ids = active.map((d) => d.id);
      const next = moveBy(ids, dialogue.id, command === "up" ? -1 : 1);
      if (next !== ids) reorder.mutate(next, { onError: setError });
      return;
    }
    setPendingId(dialogue.id);
    const done = { onSettled: () => setPendingId(null) };
    const mutation = actions[command];
    mutation.mutate(dialogue.id, {
      ...done,
      onSuccess: (result) =>
        setNotice(
          command === "publish"
            ? `“${dialogue.name}” is published as version ${result.publishedVersion ?? ""}.`
            : command === "unpublish"
              ? `“${dialogue.name}” is unpublished: new visitors no longer meet it.`
              : command === "archive"
                ? `“${dialogue.name}” is archived.`
                : `“${result.name}” is a new draft copy.`,
        ),
      onError: (e) =>
        command === "publish" ? setRefusal({ ...publishRefusal(e, dialogue.name), dialogue }) : setError(e),
    });
  };

  return (
    <QueryState query={list} what={words.many}>
      {(all) => {
        const active = all.filter((d) => d.status !== "archived");
        const archivedCount = all.length - active.length;
        const shown = showArchived ? [...active, ...all.filter((d) => d.status === "archived")] : active;
        // Reordering needs every dialogue in view, in the order the server keeps.
        const mayReorder =
          kind === "dialogue" && can("dialogues.manage") && !showArchived && active.length > 1;
        return (
          <div className="stack">
            <SnippetStatusBanner siteId={siteId} kind={kind} dialogues={active} />
            {all.length === 0 ? (
              can("dialogues.manage") ? (
                <FirstDialogueGuide siteId={siteId} kind={kind} />
              ) : (
                <EmptyState title={`No ${words.many} yet`}>
                  <p>Someone who may manage {words.many} can create the first one.</p>
                </EmptyState>
              )
            ) : (
              <>
                {(archivedCount > 0 || (kind === "dialogue" && active.length > 1)) && (
                  <div className="list-toolbar dialogue-toolbar">
                    {archivedCount > 0 && (
                      <Checkbox checked={showArchived} onChange={setShowArchived}>
                        Show archived ({archivedCount})
                      </Checkbox>
                    )}
                    {kind === "dialogue" && active.length > 1 && (
                      <p className="field-hint">
                        {showArchived
                          ? "Hide the archived ones to change the order."
                          : "Drag a row, or use its handle with Enter and the arrow keys, to change which dialogue wins a page."}
                      </p>
                    )}
                  </div>
                )}
                <div aria-live="polite" className="form-message">
                  {notice && <p className="notice notice-success">{notice}</p>}
                </div>
                {refusal && (
                  <div className="notice notice-error" role="alert">
                    <p>{refusal.summary}</p>
                    {refusal.problems.length > 0 && (
                      <ul className="problem-list">
                        {refusal.problems.map((p) => (
                          <li key={p}>{p}</li>
                        ))}
                      </ul>
                    )}
                    <Link
                      to={TAB_PATHS[refusal.dialogue.kind].design}
                      params={{ dialogueId: refusal.dialogue.id }}
                    >
                      Open “{refusal.dialogue.name}” in the designer
                    </Link>
                  </div>
                )}
                <FormMessage error={error ?? reorder.error} />
                {kind === "dialogue" && active.length > 0 && <PageCheck siteId={siteId} />}
                {shown.length === 0 ? (
                  <EmptyState title={`Every ${words.one} is archived`}>
                    <p>Show the archived ones to duplicate one, or create a new {words.one}.</p>
                  </EmptyState>
                ) : (
                  <DialogueList
                    kind={kind}
                    dialogues={shown}
                    pendingId={pendingId}
                    onReorder={mayReorder ? (ids) => reorder.mutate(ids) : undefined}
                    onCommand={(d, c) => run(d, c, active)}
                    numbers={numbers}
                  />
                )}
              </>
            )}
          </div>
        );
      }}
    </QueryState>
  );
}
