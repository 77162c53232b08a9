import { useLocation } from "@tanstack/react-router";
import { AccessDeniedPage } from "../pages/AccessDeniedPage";
import { SiteRequired } from "../people/SiteRequired";
import { useSession } from "../session/SessionContext";
import { PageHeader } from "../ui/PageHeader";
import { CreateDialogueDialog } from "./CreateDialogueDialog";
import { KIND_WORDS, kindOfPath } from "./dialogueKind";
import { DialoguesOfSite } from "./DialoguesOfSite";
import "../people/people.css";
import "../meetings/badges.css";
import "./dialogues.css";

const DESCRIPTIONS = {
  dialogue:
    "Targeted conversations that start by themselves on the pages you choose. When several match a page, the one highest in the list wins.",
  flow: "Conversations started by a link, a button, a form or the JavaScript API, shown as a popup, inline or in the chat window.",
} as const;

/** /dialogues and /flows (told apart by the path): the site's dialogues or flows, and making new ones. */
export function DialoguesListPage() {
  const kind = kindOfPath(useLocation({ select: (l) => l.pathname }));
  const { can } = useSession();
  const words = KIND_WORDS[kind];
  if (!can("dialogues.view", "dialogues.manage", "dialogues.publish"))
    return <AccessDeniedPage area={words.title} />;
  return (
    <div className="page page-wide">
      <SiteRequired what={`${words.title} appear here once you have a site.`}>
        {(siteId) => (
          <>
            <PageHeader
              title={words.title}
              description={DESCRIPTIONS[kind]}
              actions={can("dialogues.manage") && <CreateDialogueDialog siteId={siteId} kind={kind} />}
            />
            <DialoguesOfSite key={`${siteId}:${kind}`} siteId={siteId} kind={kind} />
          </>
        )}
      </SiteRequired>
    </div>
  );
}
