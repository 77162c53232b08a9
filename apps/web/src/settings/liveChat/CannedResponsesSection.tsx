import type { CannedResponse } from "@parley/protocol/liveChat";
import { useState } from "react";
import { useCannedResponseMutations, useCannedResponses } from "../../data/useCannedResponses";
import { useSession } from "../../session/SessionContext";
import { Button } from "../../ui/Button";
import { ConfirmButton } from "../../ui/ConfirmButton";
import { EmptyState } from "../../ui/EmptyState";
import { FormMessage } from "../../ui/FormMessage";
import { QueryState } from "../../ui/QueryState";
import { CannedResponseForm } from "./CannedResponseForm";
import { SiteSection } from "./SiteSection";

/** /settings/canned-responses: the selected site's canned responses (agents insert them with "/"). */
export function CannedResponsesSection() {
  return (
    <SiteSection
      id="canned-heading"
      title="Canned responses"
      description={(name) =>
        `Ready answers for the live chats of ${name}: an agent types / and the shortcut.`
      }
      what="Canned responses appear here once there is a site."
    >
      {(siteId) => <ResponsesOfSite siteId={siteId} />}
    </SiteSection>
  );
}

function ResponsesOfSite({ siteId }: { siteId: string }) {
  const { can } = useSession();
  const canManage = can("agents.manage", "routing.manage");
  const responses = useCannedResponses(siteId);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const edit = (id: string) => {
    setNotice(null);
    setEditing(id);
  };
  const done = (verb: string) => (saved: CannedResponse) => {
    setEditing(null);
    setNotice(`/${saved.shortcut} ${verb}.`);
  };

  return (
    <div className="stack">
      {canManage && editing !== "new" && (
        <div>
          <Button variant="primary" onPress={() => edit("new")}>
            New canned response
          </Button>
        </div>
      )}
      <FormMessage success={notice} />
      {editing === "new" && (
        <CannedResponseForm siteId={siteId} onCancel={() => setEditing(null)} onDone={done("created")} />
      )}
      <QueryState query={responses} what="canned responses">
        {(items) =>
          items.length === 0 ? (
            <EmptyState title="No canned responses yet">
              <p>Write the answers agents give often, such as /hello or /pricing.</p>
            </EmptyState>
          ) : (
            <ul className="card-list" aria-label="Canned responses">
              {items.map((response) =>
                editing === response.id ? (
                  <li key={response.id}>
                    <CannedResponseForm
                      siteId={siteId}
                      response={response}
                      onCancel={() => setEditing(null)}
                      onDone={done("saved")}
                    />
                  </li>
                ) : (
                  <ResponseCard
                    key={response.id}
                    siteId={siteId}
                    response={response}
                    canManage={canManage}
                    onEdit={() => edit(response.id)}
                  />
                ),
              )}
            </ul>
          )
        }
      </QueryState>
    </div>
  );
}

interface ResponseCardProps {
  siteId: string;
  response: CannedResponse;
  canManage: boolean;
  onEdit(): void;
}

function ResponseCard({ siteId, response, canManage, onEdit }: ResponseCardProps) {
  const { remove } = useCannedResponseMutations(siteId);
  const name = `/${response.shortcut}`;
  return (
    <li className="card card-row">
      <div className="card-row-main">
        <h3 className="cell-title">
          <span className="shortcut">{name}</span> {response.title}
        </h3>
        <p className="canned-text">{response.text}</p>
        {remove.error && (
          <p className="text-error" role="alert">
            {remove.error.message}
          </p>
        )}
      </div>
      {canManage && (
        <div className="card-row-actions">
          <Button aria-label={`Edit ${name}`} onPress={onEdit}>
            Edit
          </Button>
          <ConfirmButton
            label="Delete"
            question={`Delete ${name}?`}
            ariaLabel={`Delete ${name}`}
            pending={remove.isPending}
            onConfirm={() => remove.mutate(response.id)}
          />
        </div>
      )}
    </li>
  );
}
