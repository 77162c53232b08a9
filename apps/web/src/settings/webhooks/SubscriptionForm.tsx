import {
  type CreateWebhookSubscriptionBody,
  WEBHOOK_EVENT_GROUPS,
  type WebhookEventType,
  type WebhookSubscription,
  type WebhookSubscriptionWithSecret,
} from "@parley/protocol/webhooks";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { apiRequest } from "../../api/apiRequest";
import { queryKeys } from "../../api/queryKeys";
import { errorFor, fieldErrorsOf } from "../../forms/fieldErrorsOf";
import { useUnsavedChangesGuard } from "../../forms/useUnsavedChangesGuard";
import { Button } from "../../ui/Button";
import { Checkbox } from "../../ui/Checkbox";
import { FormMessage } from "../../ui/FormMessage";
import { Switch } from "../../ui/Switch";
import { TextField } from "../../ui/TextField";

const FIELDS = ["url", "eventTypes", "description", "active"];

/**
 * A new subscription (`subscription` absent: answered with its secret) or changes to one: the URL,
 * the event types by group, a description, active.
 */
export function SubscriptionForm({
  siteId,
  subscription,
  onSaved,
  onCancel,
}: {
  siteId: string;
  subscription?: WebhookSubscription;
  onSaved(created: WebhookSubscriptionWithSecret | null): void;
  onCancel(): void;
}) {
  const queryClient = useQueryClient();
  const [url, setUrl] = useState(subscription?.url ?? "");
  const [description, setDescription] = useState(subscription?.description ?? "");
  const [active, setActive] = useState(subscription?.active ?? true);
  const [types, setTypes] = useState(() => new Set<WebhookEventType>(subscription?.eventTypes ?? []));
  const save = useMutation({
    mutationFn: async (body: CreateWebhookSubscriptionBody) =>
      subscription
        ? (await apiRequest<WebhookSubscription>(
            "PATCH",
            `/api/sites/${siteId}/webhooks/${subscription.id}`,
            body,
          ),
          null)
        : apiRequest<WebhookSubscriptionWithSecret>("POST", `/api/sites/${siteId}/webhooks`, body),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.site(siteId).webhooks });
      onSaved(created);
    },
  });
  const errors = fieldErrorsOf(save.error);
  const changed = subscription
    ? url !== subscription.url ||
      description !== subscription.description ||
      active !== subscription.active ||
      types.size !== subscription.eventTypes.length ||
      subscription.eventTypes.some((t) => !types.has(t))
    : url.trim() !== "" || description.trim() !== "" || types.size > 0;
  useUnsavedChangesGuard(!save.isPending && !save.isSuccess && changed);

  const toggle = (type: WebhookEventType, on: boolean) =>
    setTypes((current) => {
      const next = new Set(current);
      if (on) next.add(type);
      else next.delete(type);
      return next;
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ url: url.trim(), description, active, eventTypes: [...types] });
  };
  const heading = subscription ? "Edit subscription" : "New subscription";
  const headingId = subscription ? `edit-webhook-${subscription.id}` : "new-webhook-heading";

  return (
    <form noValidate className="card form" onSubmit={submit} aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      <TextField
        label="Endpoint URL"
        required
        autoFocus
        type="url"
        hint="An http or https address on the public internet, e.g. https://crm.example.com/hooks/parley."
        value={url}
        onChange={setUrl}
        error={errors.url}
      />
      <TextField
        label="Description"
        hint="What receives it, e.g. “CRM sync”."
        value={description}
        onChange={setDescription}
        maxLength={200}
        error={errors.description}
        className="field-narrow"
      />
      <fieldset className="webhook-types" aria-describedby="webhook-types-error">
        <legend>Events</legend>
        {WEBHOOK_EVENT_GROUPS.map((group) => (
          <div key={group.label} className="webhook-type-group">
            <h4 className="subheading">{group.label}</h4>
            {group.types.map((type) => (
              <Checkbox key={type} checked={types.has(type)} onChange={(on) => toggle(type, on)}>
                <code>{type}</code>
              </Checkbox>
            ))}
          </div>
        ))}
        <p
          id="webhook-types-error"
          className="field-error"
          role={errorFor(errors, "eventTypes") ? "alert" : undefined}
        >
          {errorFor(errors, "eventTypes")}
        </p>
      </fieldset>
      <Switch
        label="Active"
        checked={active}
        onChange={setActive}
        hint="An inactive subscription gets no new deliveries; its scheduled retries end."
      />
      <FormMessage error={save.error} fields={FIELDS} />
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={save.isPending}>
          {subscription ? "Save changes" : "Create subscription"}
        </Button>
        <Button variant="secondary" onPress={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
