import type { AccountRoute, AgentSummary } from "@parley/protocol/liveChat";
import { useState } from "react";
import { useAccountRoutes } from "../../data/useAccountRoutes";
import { Button } from "../../ui/Button";
import { ConfirmButton } from "../../ui/ConfirmButton";
import { FormMessage } from "../../ui/FormMessage";
import { QueryState } from "../../ui/QueryState";
import { AccountImport } from "./AccountImport";
import { AccountRouteForm } from "./AccountRouteForm";
import { accountCsv } from "./accountCsv";
import { downloadText } from "./downloadText";

interface AccountListCardProps {
  siteId: string;
  agents: readonly AgentSummary[];
  canManage: boolean;
}

/** The account list: visitors of these domains or companies are offered only to their owner. */
export function AccountListCard({ siteId, agents, canManage }: AccountListCardProps) {
  const { list } = useAccountRoutes(siteId);
  const [open, setOpen] = useState<"add" | "import" | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <section className="stack" aria-labelledby="accounts-heading">
      <div className="section-header">
        <div>
          <h3 id="accounts-heading">Account list</h3>
          <p className="section-description">
            A visitor whose company or email domain is listed is offered only to its owner, before any rule.
          </p>
        </div>
        <div className="form-actions">
          <Button onPress={() => downloadText("account-list.csv", accountCsv(list.data ?? [], agents))}>
            Download CSV template
          </Button>
          {canManage && open === null && (
            <>
              <Button onPress={() => setOpen("import")}>Import CSV</Button>
              <Button
                variant="primary"
                onPress={() => {
                  setNotice(null);
                  setOpen("add");
                }}
              >
                Add account
              </Button>
            </>
          )}
        </div>
      </div>
      <FormMessage success={notice} />
      {open === "add" && (
        <AccountRouteForm
          siteId={siteId}
          agents={agents}
          onCancel={() => setOpen(null)}
          onDone={(domain) => {
            setOpen(null);
            setNotice(`${domain} added to the account list.`);
          }}
        />
      )}
      {open === "import" && <AccountImport siteId={siteId} onClose={() => setOpen(null)} />}
      <QueryState query={list} what="the account list">
        {(routes) =>
          routes.length === 0 ? (
            <p className="field-hint">No accounts yet: chats are routed by the rules below.</p>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">Account list</caption>
                <thead>
                  <tr>
                    <th scope="col">Domain or company</th>
                    <th scope="col">Owner</th>
                    {canManage && (
                      <th scope="col">
                        <span className="visually-hidden">Actions</span>
                      </th>
                    )}
                  </tr>
                </thead>
                <tbody>
                  {routes.map((route) => (
                    <AccountRow key={route.id} siteId={siteId} route={route} canManage={canManage} />
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
    </section>
  );
}

function AccountRow({
  siteId,
  route,
  canManage,
}: {
  siteId: string;
  route: AccountRoute;
  canManage: boolean;
}) {
  const { remove } = useAccountRoutes(siteId);
  const target = route.domain ?? route.companyName ?? "this account";
  return (
    <tr>
      <td>
        <span className="cell-title">{target}</span>
        {route.domain === null && <span className="cell-sub"> company</span>}
      </td>
      <td>{route.ownerName}</td>
      {canManage && (
        <td className="cell-actions">
          <ConfirmButton
            label="Remove"
            question={`Remove ${target} from the account list?`}
            ariaLabel={`Remove ${target}`}
            pending={remove.isPending}
            onConfirm={() => remove.mutate(route.id)}
          />
          {remove.error && (
            <p className="text-error" role="alert">
              {remove.error.message}
            </p>
          )}
        </td>
      )}
    </tr>
  );
}
