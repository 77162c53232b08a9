import type { Site } from "@parley/protocol/sites";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../api/apiRequest";
import { queryKeys } from "../../api/queryKeys";
import { Link, useNavigate, useSearch } from "@tanstack/react-router";
import { ConfirmButton } from "../../ui/ConfirmButton";
import { FormMessage } from "../../ui/FormMessage";
import { IdentitySecretCard } from "./IdentitySecretCard";
import { InstallSnippet } from "./InstallSnippet";
import { SiteBrandingForm } from "./SiteBrandingForm";
import { type SettingsPreviewDraft, SiteSettingsForm } from "./SiteSettingsForm";
import { useState } from "react";

/** One site: its snippet, its settings, the widget's appearance and, last, deleting it. */
export function SiteDetail({ site }: { site: Site }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const justCreated = useSearch({ strict: false }).created === true;
  // The preview (in the appearance form) also shows the language chosen in the settings form.
  const [settingsDraft, setSettingsDraft] = useState<SettingsPreviewDraft>({
    language: site.language,
    privacyUrl: site.privacyUrl,
  });
  const remove = useMutation({
    mutationFn: () => apiRequest("DELETE", `/api/sites/${encodeURIComponent(site.id)}`),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.sites });
      await navigate({ to: "/settings/sites" });
    },
  });

  return (
    <div className="stack">
      <p className="back-link">
        <Link to="/settings/sites">← All sites</Link>
      </p>
      <h2 id="sites-heading">{site.name}</h2>
      <FormMessage
        success={justCreated ? `${site.name} is ready. Add the snippet below to your website.` : null}
      />
      <InstallSnippet site={site} />
      <SiteSettingsForm key={site.id} site={site} onPreviewDraft={setSettingsDraft} />
      <SiteBrandingForm
        key={`branding-${site.id}`}
        site={site}
        language={settingsDraft.language}
        privacyUrl={settingsDraft.privacyUrl}
      />
      <IdentitySecretCard key={`identity-${site.id}`} site={site} />
      <section className="card card-danger" aria-labelledby="delete-site-heading">
        <h3 id="delete-site-heading">Delete this site</h3>
        <p className="field-hint">
          Removes the site with its people, companies, visitors and fields. The snippet stops working. This
          cannot be undone.
        </p>
        <FormMessage error={remove.error} />
        <ConfirmButton
          label="Delete site"
          question={`Delete ${site.name} and all its data?`}
          pending={remove.isPending}
          onConfirm={() => remove.mutate()}
        />
      </section>
    </div>
  );
}
