import type { Dialogue, DialogueStatusReason } from "@parley/protocol/dialogues";
import { Link } from "@tanstack/react-router";
import { useSession } from "../session/SessionContext";
import type { DialogueKind } from "./dialogueKind";
import { useDialogueStatus } from "./useDialogueStatus";

interface SnippetStatusBannerProps {
  siteId: string;
  kind: DialogueKind;
  /** The list's rows, to name the dialogues a reason is about (and to know whether there are any). */
  dialogues: readonly Dialogue[];
}

/**
 * "Your snippet shows nothing, because …": the server's reasons (decided as the widget decides), each
 * with the way to fix it. On the flows list only what stops every flow too (the site's settings).
 */
export function SnippetStatusBanner({ siteId, kind, dialogues }: SnippetStatusBannerProps) {
  const status = useDialogueStatus(siteId);
  if (!status.data) return null;
  const reasons = status.data.reasons.filter((r) => kind === "dialogue" || r.fix === "site_settings");
  if (reasons.length === 0) return null;
  return (
    <section className="notice notice-warning snippet-status" aria-labelledby="snippet-status-title">
      <h2 id="snippet-status-title" className="snippet-status-title">
        {kind === "dialogue"
          ? "Visitors see no dialogue on your website yet"
          : "Flows cannot start on your website yet"}
      </h2>
      <ul>
        {reasons.map((reason) => (
          <li key={reason.code}>
            {reason.message} <FixLink siteId={siteId} reason={reason} dialogues={dialogues} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function FixLink({
  siteId,
  reason,
  dialogues,
}: {
  siteId: string;
  reason: DialogueStatusReason;
  dialogues: readonly Dialogue[];
}) {
  const { can } = useSession();
  switch (reason.fix) {
    case "site_settings":
      return can("sites.manage") ? (
        <Link to="/settings/sites/$siteId" params={{ siteId }}>
          Open the site's settings
        </Link>
      ) : (
        <span className="notice-meta">Ask an admin to change the site's settings.</span>
      );
    case "publish":
      if (dialogues.length === 0) return <span>Create one below, then publish it.</span>;
      return can("dialogues.publish") ? (
        <span>Use Publish in a dialogue's Actions below.</span>
      ) : (
        <span className="notice-meta">Ask someone who may publish dialogues.</span>
      );
    case "schedule":
    case "targeting": {
      const named = reason.dialogueIds.flatMap((id) => dialogues.filter((d) => d.id === id));
      if (named.length === 0) return null;
      return (
        <span>
          {reason.fix === "schedule" ? "Change the schedule of " : "Change the pages of "}
          {named.map((d, i) => (
            <span key={d.id}>
              {i > 0 && ", "}
              <Link to="/dialogues/$dialogueId/targeting" params={{ dialogueId: d.id }}>
                {d.name}
              </Link>
            </span>
          ))}
          .
        </span>
      );
    }
  }
}
