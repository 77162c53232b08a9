import type { AgentSummary } from "@parley/protocol/liveChat";
import { useState } from "react";
import { AgentAvatar } from "../../agent/AgentAvatar";
import { STATE_LABELS } from "../../agent/AvailabilityToggle";
import { AvatarEditor } from "../../agent/AvatarEditor";
import { ConcurrencyField } from "../../agent/ConcurrencyField";
import { SITE_DEFAULT } from "../../agent/profileDraft";
import { useSiteAgents, useUpdateAgent } from "../../data/useSiteAgents";
import { fieldErrorsOf } from "../../forms/fieldErrorsOf";
import { useSession } from "../../session/SessionContext";
import { Button } from "../../ui/Button";
import { QueryState } from "../../ui/QueryState";
import "../../agent/agent.css";
import { SiteSection } from "./SiteSection";

/** /settings/agents: the selected site's agents with their state and load; admins set limits and photos. */
export function AgentsSection() {
  return (
    <SiteSection
      id="agents-heading"
      title="Agents"
      description={(name) =>
        `Everyone who answers the live chats of ${name}, in round-robin order, with what keeps them from taking a chat now.`
      }
      what="Agents appear here once there is a site."
    >
      {(siteId) => <AgentsOfSite siteId={siteId} />}
    </SiteSection>
  );
}

function AgentsOfSite({ siteId }: { siteId: string }) {
  const { can } = useSession();
  const agents = useSiteAgents(siteId);
  const canManage = can("agents.manage");
  return (
    <QueryState query={agents} what="agents">
      {(items) =>
        items.length === 0 ? (
          <p className="field-hint">Nobody with the “Answer live chats” permission reaches this site yet.</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">Agents</caption>
              <thead>
                <tr>
                  <th scope="col">Agent</th>
                  <th scope="col">State</th>
                  <th scope="col">Chats</th>
                  <th scope="col">Limit</th>
                  {canManage && (
                    <th scope="col">
                      <span className="visually-hidden">Photo</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {items.map((agent) => (
                  <AgentRow key={agent.id} agent={agent} canManage={canManage} />
                ))}
              </tbody>
            </table>
          </div>
        )
      }
    </QueryState>
  );
}

/**
 * One agent. The limit choice shows the agent's own limit or "Site default"; from a server that does
 * not say which (concurrencyLimit absent), it shows the limit in force.
 */
function AgentRow({ agent, canManage }: { agent: AgentSummary; canManage: boolean }) {
  const update = useUpdateAgent();
  const [photoOpen, setPhotoOpen] = useState(false);
  const [limit, setLimit] = useState(
    agent.concurrencyLimit === null ? SITE_DEFAULT : String(agent.concurrencyLimit ?? agent.limit),
  );
  const error = fieldErrorsOf(update.error).concurrencyLimit ?? update.error?.message;
  const change = (value: string) => {
    setLimit(value);
    update.mutate({ id: agent.id, concurrencyLimit: value === SITE_DEFAULT ? null : Number(value) });
  };
  return (
    <>
      <tr>
        <td>
          <span className="agent-cell">
            <AgentAvatar name={agent.name} initials={agent.initials} avatarUrl={agent.avatarUrl} />
            <span>
              <span className="cell-title">{agent.name}</span>
              <span className="cell-sub"> {agent.email}</span>
            </span>
          </span>
        </td>
        <td>{STATE_LABELS[agent.state]}</td>
        <td>
          {agent.activeChats} of {agent.limit}
        </td>
        <td>
          {canManage ? (
            <ConcurrencyField
              label={`Concurrent chats of ${agent.name}`}
              hideLabel
              value={limit}
              onChange={change}
              disabled={update.isPending}
              error={error}
            />
          ) : (
            agent.limit
          )}
        </td>
        {canManage && (
          <td className="cell-actions">
            <Button
              aria-label={`Photo of ${agent.name}`}
              aria-expanded={photoOpen}
              onPress={() => setPhotoOpen((o) => !o)}
            >
              {photoOpen ? "Close photo" : "Photo"}
            </Button>
          </td>
        )}
      </tr>
      {photoOpen && (
        <tr className="row-panel">
          <td colSpan={5}>
            <AvatarEditor
              agentId={agent.id}
              name={agent.name}
              initials={agent.initials}
              avatarUrl={agent.avatarUrl}
              label={`Photo of ${agent.name}`}
            />
          </td>
        </tr>
      )}
    </>
  );
}
