import type { Dialogue } from "@parley/protocol/dialogues";
import { useRef, useState } from "react";
import { Dialog, Heading, Popover } from "react-aria-components";
import { useSession } from "../session/SessionContext";
import { Button } from "../ui/Button";
import { mayPublishNow } from "./dialogueStatusLook";
import { type PublishRefusal, publishRefusal } from "./publishProblems";
import { useDialogueActions } from "./useDialogueActions";

/**
 * Publish (or Publish the changes) and Unpublish beside the title; a refusal lists the stream's
 * problems. On the Stream tab (`publishHere` false) the designer's own Publish serves instead: it
 * saves the edits still pending first.
 */
export function DialogueHeaderActions({
  siteId,
  dialogue,
  publishHere = true,
}: {
  siteId: string;
  dialogue: Dialogue;
  publishHere?: boolean;
}) {
  const { can } = useSession();
  const { publish, unpublish } = useDialogueActions(siteId);
  const [refusal, setRefusal] = useState<PublishRefusal | null>(null);
  const publishButton = useRef<HTMLButtonElement>(null);
  if (!can("dialogues.publish") || dialogue.status === "archived") return null;
  const pending = publish.isPending || unpublish.isPending;
  return (
    <div className="dialogue-header-actions">
      {dialogue.status === "published" && (
        <Button disabled={pending} onPress={() => unpublish.mutate(dialogue.id)}>
          {unpublish.isPending ? "Unpublishing…" : "Unpublish"}
        </Button>
      )}
      {publishHere && mayPublishNow(dialogue) && (
        <>
          <Button
            ref={publishButton}
            variant="primary"
            disabled={pending}
            onPress={() => {
              setRefusal(null);
              publish.mutate(dialogue.id, { onError: (e) => setRefusal(publishRefusal(e, dialogue.name)) });
            }}
          >
            {publish.isPending
              ? "Publishing…"
              : dialogue.status === "published"
                ? "Publish the changes"
                : "Publish"}
          </Button>
          <Popover
            className="popover publish-refusal-popover"
            placement="bottom end"
            triggerRef={publishButton}
            isOpen={refusal !== null}
            onOpenChange={(open) => !open && setRefusal(null)}
          >
            <Dialog role="alertdialog" className="publish-refusal">
              <Heading slot="title" className="publish-refusal-title">
                {refusal?.summary}
              </Heading>
              {refusal && refusal.problems.length > 0 && (
                <ul className="problem-list">
                  {refusal.problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              )}
              <Button onPress={() => setRefusal(null)}>Close</Button>
            </Dialog>
          </Popover>
        </>
      )}
    </div>
  );
}
