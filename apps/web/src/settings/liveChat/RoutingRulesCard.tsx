import type { AgentSummary, RoutingRule } from "@parley/protocol/liveChat";
import { useState } from "react";
import { useFields } from "../../data/useFields";
import { useRoutingRuleMutations, useRoutingRules } from "../../data/useRoutingRules";
import { useTeams } from "../../data/useTeams";
import { Button } from "../../ui/Button";
import { FormMessage } from "../../ui/FormMessage";
import { QueryState } from "../../ui/QueryState";
import { moveRule, nextPriority } from "./moveRule";
import { RoutingRuleCard } from "./RoutingRuleCard";
import { RoutingRuleForm } from "./RoutingRuleForm";

interface RoutingRulesCardProps {
  siteId: string;
  agents: readonly AgentSummary[];
  canManage: boolean;
}

/** Custom routing rules in the order they are tried; move, create, edit and delete them. */
export function RoutingRulesCard({ siteId, agents, canManage }: RoutingRulesCardProps) {
  const rules = useRoutingRules(siteId);
  const { reorder } = useRoutingRuleMutations(siteId);
  const fields = useFields(siteId);
  const teams = useTeams();
  /** "new", a rule id being edited, or null. */
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const list = rules.data ?? [];

  const form = (rule?: RoutingRule) => (
    <RoutingRuleForm
      siteId={siteId}
      rule={rule}
      defaultPriority={nextPriority(list)}
      agents={agents}
      teams={teams.data ?? []}
      fields={fields.data ?? []}
      onCancel={() => setEditing(null)}
      onDone={(saved) => {
        setEditing(null);
        setNotice(`Rule ${saved.name} ${rule ? "saved" : "created"}.`);
      }}
    />
  );

  return (
    <section className="stack" aria-labelledby="rules-heading">
      <div className="section-header">
        <div>
          <h3 id="rules-heading">Routing rules</h3>
          <p className="section-description">
            Used by Live chat cards set to custom rules: tried from the top, the first whose conditions all
            hold offers the chat to its agents or team.
          </p>
        </div>
        {canManage && editing !== "new" && (
          <Button
            variant="primary"
            onPress={() => {
              setNotice(null);
              setEditing("new");
            }}
          >
            New rule
          </Button>
        )}
      </div>
      <FormMessage success={notice} error={reorder.error} />
      {editing === "new" && form()}
      <QueryState query={rules} what="routing rules">
        {(items) =>
          items.length === 0 ? (
            <p className="field-hint">No rules yet.</p>
          ) : (
            <ol className="card-list" aria-label="Routing rules, tried from the top">
              {items.map((rule, index) =>
                editing === rule.id ? (
                  <li key={rule.id}>{form(rule)}</li>
                ) : (
                  <RoutingRuleCard
                    key={rule.id}
                    siteId={siteId}
                    rule={rule}
                    agents={agents}
                    teams={teams.data ?? []}
                    canManage={canManage}
                    busy={reorder.isPending}
                    onEdit={() => {
                      setNotice(null);
                      setEditing(rule.id);
                    }}
                    onMove={
                      canManage
                        ? (direction) => {
                            setNotice(null);
                            reorder.mutate(moveRule(items, rule.id, direction));
                          }
                        : undefined
                    }
                    first={index === 0}
                    last={index === items.length - 1}
                  />
                ),
              )}
            </ol>
          )
        }
      </QueryState>
    </section>
  );
}
