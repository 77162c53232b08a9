import { Link, Outlet } from "@tanstack/react-router";
import { useEffect } from "react";
import { isApiError } from "../api/ApiError";
import { AccessDeniedPage } from "../pages/AccessDeniedPage";
import { SiteRequired } from "../people/SiteRequired";
import { useSession } from "../session/SessionContext";
import { EmptyState } from "../ui/EmptyState";
import { QueryState } from "../ui/QueryState";
import { type DialogueTab, KIND_WORDS, TAB_PATHS } from "./dialogueKind";
import { DialogueHeaderActions } from "./DialogueHeaderActions";
import { DialogueStatusBadge } from "./DialogueStatusBadge";
import { useDialogue } from "./useDialogue";
import { useDialogueRouteParams } from "./useDialogueRouteParams";
import "../meetings/badges.css";
import "./dialogues.css";

/**
 * One dialogue or flow: its header (name, status, version, publish) and tabs: the stream designer,
 * targeting (a flow's: delivery), settings and, for those who may read reports, its report. The
 * designer's tab gets all the height left below.
 */
export function DialogueLayout() {
  const { can } = useSession();
  const { kind } = useDialogueRouteParams();
  if (!can("dialogues.view", "dialogues.manage", "dialogues.publish"))
    return <AccessDeniedPage area={KIND_WORDS[kind].title} />;
  return (
    <SiteRequired what="Dialogues appear here once you have a site.">
      {(siteId) => <OfSite siteId={siteId} />}
    </SiteRequired>
  );
}

function OfSite({ siteId }: { siteId: string }) {
  const { can } = useSession();
  const { dialogueId, kind, tab } = useDialogueRouteParams();
  const words = KIND_WORDS[kind];
  const query = useDialogue(siteId, dialogueId);
  const name = query.data?.name;
  useEffect(() => {
    if (name) document.title = `${name} · ${words.title} · Parley`;
  }, [name, words.title]);

  if (isApiError(query.error) && query.error.status === 404) {
    return (
      <div className="page">
        <EmptyState title={`This ${words.one} is not on this site`} level={1}>
          <p>It may belong to another site (choose it at the top), or it was deleted.</p>
          <Link className="button button-secondary" to={words.listPath}>
            Back to {words.title.toLowerCase()}
          </Link>
        </EmptyState>
      </div>
    );
  }
  const params = { dialogueId };
  const tabs: [DialogueTab, string][] = [
    ["design", "Stream"],
    ["targeting", kind === "flow" ? "Delivery" : "Targeting"],
    ["settings", "Settings"],
    ...(can("reports.view") ? [["report", "Report"] as [DialogueTab, string]] : []),
  ];
  return (
    <div className={`dialogue-layout${tab === "design" ? " dialogue-layout-full" : " page page-wide"}`}>
      <QueryState query={query} what={`the ${words.one}`}>
        {(dialogue) => (
          <header className="dialogue-header">
            <div className="dialogue-header-main">
              <Link to={words.listPath} className="dialogue-back">
                <span aria-hidden="true">← </span>
                {words.title}
              </Link>
              <div className="dialogue-title-row">
                <h1>{dialogue.name}</h1>
                <DialogueStatusBadge dialogue={dialogue} />
                <span className="cell-sub">
                  {dialogue.publishedVersion === null
                    ? "Never published"
                    : `Live: version ${dialogue.publishedVersion}`}
                </span>
              </div>
            </div>
            <DialogueHeaderActions siteId={siteId} dialogue={dialogue} publishHere={tab !== "design"} />
          </header>
        )}
      </QueryState>
      <nav className="tabs dialogue-tabs" aria-label={`${words.one} sections`}>
        <ul>
          {tabs.map(([name, label]) => (
            <li key={name}>
              <Link
                to={TAB_PATHS[kind][name]}
                params={params}
                aria-current={tab === name ? "page" : undefined}
              >
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="dialogue-outlet">{query.data && <Outlet />}</div>
    </div>
  );
}
