import type { CreatedApiKey } from "@parley/protocol/apiKeys";
import { useState } from "react";
import type { z } from "zod";
import { useApiKeys } from "../../data/useApiKeys";
import { useSites } from "../../data/useSites";
import { Button } from "../../ui/Button";
import { EmptyState } from "../../ui/EmptyState";
import { QueryState } from "../../ui/QueryState";
import { SectionHeader } from "../SectionHeader";
import { ApiKeyRow } from "./ApiKeyRow";
import { CreateApiKeyForm } from "./CreateApiKeyForm";
import { NewSecretPanel } from "./NewSecretPanel";

/** Keys for the REST API: scoped, revocable, the secret shown once. */
export function ApiKeysSection() {
  const keys = useApiKeys();
  // The sites one can see name the keys' sites; the others are counted, not named.
  const sites = useSites();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<z.infer<typeof CreatedApiKey> | null>(null);

  return (
    <section className="section" aria-labelledby="api-keys-heading">
      <SectionHeader
        id="api-keys-heading"
        title="API keys"
        description="Keys let your systems call Parley's REST API (see /api/docs). Each key has scopes and can be revoked at any time."
        action={
          !creating && (
            <Button
              variant="primary"
              onPress={() => {
                setCreated(null);
                setCreating(true);
              }}
            >
              Create API key
            </Button>
          )
        }
      />
      {created && <NewSecretPanel created={created} onDismiss={() => setCreated(null)} />}
      {creating && (
        <CreateApiKeyForm
          sites={sites.data ?? []}
          onCancel={() => setCreating(false)}
          onCreated={(result) => {
            setCreating(false);
            setCreated(result);
          }}
        />
      )}
      <QueryState query={keys} what="API keys">
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No API keys yet">
              <p>Create one to connect your CRM, data warehouse or scripts.</p>
            </EmptyState>
          ) : (
            <div className="table-wrap">
              <table className="table api-keys-table">
                <caption className="visually-hidden">API keys</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Scopes</th>
                    <th scope="col">Sites</th>
                    <th scope="col">Created</th>
                    <th scope="col">Last used</th>
                    <th scope="col">Status</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((key) => (
                    <ApiKeyRow key={key.id} apiKey={key} sites={sites.isError ? [] : sites.data} />
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
