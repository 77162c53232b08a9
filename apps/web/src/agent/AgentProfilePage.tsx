import { useAgentProfile } from "../data/useAgentProfile";
import { AccessDeniedPage } from "../pages/AccessDeniedPage";
import { useSession } from "../session/SessionContext";
import { PageHeader } from "../ui/PageHeader";
import { QueryState } from "../ui/QueryState";
import { AgentProfileForm } from "./AgentProfileForm";
import { AvailabilityToggle } from "./AvailabilityToggle";
import { AvatarEditor } from "./AvatarEditor";
import "./agent.css";

/** /account/agent: the signed-in agent's availability, photo, time zone, schedule and limit. */
export function AgentProfilePage() {
  const { can } = useSession();
  const allowed = can("livechat.answer", "availability.manage_own");
  const profile = useAgentProfile(allowed);
  if (!allowed) return <AccessDeniedPage area="Agent profile" />;
  return (
    <div className="page">
      <PageHeader
        title="My agent profile"
        description="How and when you take live chats, and what visitors see of you."
      />
      <QueryState query={profile} what="your agent profile">
        {(data) => (
          <div className="stack">
            {/* The toggle is for those who answer chats; a meetings-only agent has just the schedule. */}
            {can("livechat.answer") && (
              <div className="card form">
                <h2>Availability</h2>
                <AvailabilityToggle profile={data} />
              </div>
            )}
            <div className="card form">
              <h2>Photo</h2>
              <AvatarEditor
                agentId={data.id}
                name={data.name}
                initials={data.initials}
                avatarUrl={data.avatarUrl}
                label="Your photo"
              />
            </div>
            <AgentProfileForm key={data.id} profile={data} />
          </div>
        )}
      </QueryState>
    </div>
  );
}
