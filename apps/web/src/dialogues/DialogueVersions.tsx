import type { Dialogue, DialogueVersion } from "@parley/protocol/dialogues";
import { useState } from "react";
import { Button as AriaButton, Disclosure, DisclosurePanel, Heading } from "react-aria-components";
import { isApiError } from "../api/ApiError";
import { useSession } from "../session/SessionContext";
import { ConfirmButton } from "../ui/ConfirmButton";
import { FormMessage } from "../ui/FormMessage";
import { QueryState } from "../ui/QueryState";
import { formatDate } from "../ui/formatDate";
import { KIND_WORDS } from "./dialogueKind";
import { useDialogueVersions } from "./useDialogue";
import { useDialogueActions } from "./useDialogueActions";
import { versionCards } from "./versionCards";

/** Every published version: who published it and when, its cards (read-only), and "restore to the draft". */
export function DialogueVersions({ siteId, dialogue }: { siteId: string; dialogue: Dialogue }) {
  const versions = useDialogueVersions(siteId, dialogue.id);
  const { update } = useDialogueActions(siteId);
  const { can } = useSession();
  const [restored, setRestored] = useState<number | null>(null);
  const mayRestore = can("dialogues.manage") && dialogue.status !== "archived";
  const words = KIND_WORDS[dialogue.kind];

  const restore = (version: DialogueVersion) => {
    setRestored(null);
    update.mutate(
      { id: dialogue.id, draft: version.stream, draftRevision: dialogue.draftRevision },
      { onSuccess: () => setRestored(version.version) },
    );
  };
  const conflict = isApiError(update.error) && update.error.code === "draft_conflict";

  return (
    <section className="card dialogue-card" aria-labelledby="dialogue-versions-title">
      <h2 id="dialogue-versions-title">Versions</h2>
      <p className="section-description">
        Each publish keeps the stream as it was, so visitors in the middle of a conversation finish the
        version they started. Restoring a version puts its cards back in the draft; publish to make it live.
      </p>
      <FormMessage
        error={
          conflict
            ? new Error(
                "Someone saved the draft since this page loaded. Reload the page, then restore again.",
              )
            : update.error
        }
        success={
          restored === null ? null : `Version ${restored} is now the draft. Publish it to make it live.`
        }
      />
      <QueryState query={versions} what="versions">
        {(list) =>
          list.length === 0 ? (
            <p className="cell-sub">This {words.one} has not been published yet.</p>
          ) : (
            <ol className="version-list">
              {list.map((version) => (
                <li key={version.version} className="version-item">
                  <div className="version-head">
                    <div>
                      <strong>Version {version.version}</strong>{" "}
                      {version.version === dialogue.publishedVersion && dialogue.status === "published" && (
                        <span className="badge badge-success">Live</span>
                      )}
                      <span className="cell-sub">
                        Published {formatDate(version.publishedAt)} by{" "}
                        {version.publishedByName ?? "an API key or a removed user"}
                      </span>
                    </div>
                    {mayRestore &&
                      !(version.version === dialogue.publishedVersion && !dialogue.draftChanged) && (
                        <ConfirmButton
                          label="Restore to the draft"
                          question={`Replace the draft with version ${version.version}? What is in the draft now is lost unless it was published.`}
                          ariaLabel={`Restore to the draft: version ${version.version}`}
                          pending={update.isPending}
                          onConfirm={() => restore(version)}
                        />
                      )}
                  </div>
                  <VersionCardsDisclosure version={version} />
                </li>
              ))}
            </ol>
          )
        }
      </QueryState>
    </section>
  );
}

function VersionCardsDisclosure({ version }: { version: DialogueVersion }) {
  const cards = versionCards(version.stream);
  return (
    <Disclosure className="version-cards">
      <Heading level={3} className="version-cards-heading">
        <AriaButton slot="trigger" className="link-button">
          Show its {cards.length} {cards.length === 1 ? "card" : "cards"}
        </AriaButton>
      </Heading>
      <DisclosurePanel>
        <ol className="version-card-list">
          {cards.map((card) => (
            <li key={card.id}>
              <span className="badge badge-quiet">{card.type}</span>
              {card.start && <span className="version-start"> (start)</span>} <span>{card.text || "—"}</span>
            </li>
          ))}
        </ol>
      </DisclosurePanel>
    </Disclosure>
  );
}
