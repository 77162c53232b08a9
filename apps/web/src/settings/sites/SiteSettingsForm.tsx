import { LANGUAGES } from "@parley/protocol/languages";
import type { Site, UpdateSiteBody } from "@parley/protocol/sites";
import { type FormEvent, useEffect, useState } from "react";
import type { z } from "zod";
import { Button } from "../../ui/Button";
import { FormMessage } from "../../ui/FormMessage";
import { SelectField } from "../../ui/SelectField";
import { Switch } from "../../ui/Switch";
import { useUnsavedChangesGuard } from "../../forms/useUnsavedChangesGuard";
import { TextField } from "../../ui/TextField";
import { TimeZoneField } from "../../availability/TimeZoneField";
import { useSiteSave } from "./useSiteSave";
import { DomainListEditor } from "./DomainListEditor";
import { LANGUAGE_NAMES } from "./languageNames";
import { useDomainList } from "./useDomainList";

type SiteLanguage = Site["language"];

const LANGUAGE_OPTIONS = [
  { value: "auto", label: "Automatic (visitor's browser)" },
  ...LANGUAGES.map((code) => ({ value: code, label: LANGUAGE_NAMES[code] })),
];

const FIELDS = [
  "name",
  "allowedDomains",
  "chatEnabled",
  "privacyUrl",
  "language",
  "blockedEmailDomains",
  "restartAfterDays",
  "timeZone",
];

/** Empty: show once (null); otherwise the number typed (checked before sending). */
const daysOf = (text: string): number | null => (text.trim() === "" ? null : Number(text.trim()));
const DAYS_PROBLEM = "Must be a whole number of days, or empty for never";

/** What of this form the widget preview shows before it is saved. */
export interface SettingsPreviewDraft {
  language: SiteLanguage;
  privacyUrl: string | null;
}

const HTTP_URL = /^https?:\/\/[^\s/]+\S*$/;

interface SiteSettingsFormProps {
  site: Site;
  /** Called as the widget language or privacy link change (a privacy link only once it is a URL). */
  onPreviewDraft?(draft: SettingsPreviewDraft): void;
}

/** A site's general, security and privacy settings. Render with key={site.id} so it starts fresh per site. */
export function SiteSettingsForm({ site, onPreviewDraft }: SiteSettingsFormProps) {
  const [name, setName] = useState(site.name);
  const allowedDomains = useDomainList(site.allowedDomains);
  const [chatEnabled, setChatEnabled] = useState(site.chatEnabled);
  const [privacyUrl, setPrivacyUrl] = useState(site.privacyUrl ?? "");
  const [language, setLanguage] = useState<SiteLanguage>(site.language);
  const blockedEmailDomains = useDomainList(site.blockedEmailDomains);
  const [restartAfterDays, setRestartAfterDays] = useState(
    site.restartAfterDays === null ? "" : String(site.restartAfterDays),
  );
  const [timeZone, setTimeZone] = useState(site.timeZone);

  const bodyOf = (allowed: string[], blocked: string[]): z.input<typeof UpdateSiteBody> => ({
    name,
    allowedDomains: allowed,
    chatEnabled,
    privacyUrl: privacyUrl.trim() === "" ? null : privacyUrl.trim(),
    language,
    blockedEmailDomains: blocked,
    restartAfterDays: daysOf(restartAfterDays),
    timeZone,
  });

  const typedPrivacy = privacyUrl.trim();
  const previewPrivacy =
    typedPrivacy === "" ? null : HTTP_URL.test(typedPrivacy) ? typedPrivacy : site.privacyUrl;
  useEffect(
    () => onPreviewDraft?.({ language, privacyUrl: previewPrivacy }),
    [language, previewPrivacy, onPreviewDraft],
  );

  const save = useSiteSave(site.id);
  const errors = save.errors;
  // Dirty: what the form shows (a domain typed but not added counts) differs from what was saved.
  const [initial] = useState(() => JSON.stringify(bodyOf(site.allowedDomains, site.blockedEmailDomains)));
  const current = bodyOf(
    allowedDomains.draft.trim() ? [...allowedDomains.values, allowedDomains.draft] : allowedDomains.values,
    blockedEmailDomains.draft.trim()
      ? [...blockedEmailDomains.values, blockedEmailDomains.draft]
      : blockedEmailDomains.values,
  );
  useUnsavedChangesGuard(save.isDirty(initial, current));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = bodyOf(allowedDomains.commit(), blockedEmailDomains.commit());
    const badDays = restartAfterDays.trim() !== "" && !/^\d+$/.test(restartAfterDays.trim());
    save.submit(body, badDays ? { restartAfterDays: DAYS_PROBLEM } : {});
  };

  return (
    <form noValidate className="form" onSubmit={submit} aria-label={`Settings of ${site.name}`}>
      <div className="card form">
        <h3>General</h3>
        <TextField
          label="Site name"
          required
          value={name}
          onChange={setName}
          error={errors.name}
          className="field-narrow"
        />
        <Switch
          label="Chat enabled"
          checked={chatEnabled}
          onChange={setChatEnabled}
          hint="When off, the widget stays hidden on this site: no dialogues, no live chat."
        />
        <SelectField
          label="Widget language"
          value={language}
          onChange={(value) => setLanguage(value as SiteLanguage)}
          options={LANGUAGE_OPTIONS}
          hint="The language of the widget's own texts: buttons, placeholders, errors, dates."
          error={errors.language}
        />
        <TextField
          label="Show a finished dialogue again after (days)"
          inputMode="numeric"
          placeholder="Never"
          hint="Empty: a visitor who completed or left a dialogue never sees it again. A number: it may return to them after that many days."
          value={restartAfterDays}
          onChange={setRestartAfterDays}
          error={errors.restartAfterDays}
          className="field-narrow"
        />
        <TimeZoneField
          label="Reports time zone"
          value={timeZone}
          onChange={setTimeZone}
          hint="Reports count the site's days in this zone: what “today” is, daily totals and date ranges."
          error={errors.timeZone}
        />
      </div>
      <div className="card form">
        <h3>Security and privacy</h3>
        <DomainListEditor
          label="Allowed domains"
          field="allowedDomains"
          list={allowedDomains}
          placeholder="example.com or *.example.com"
          hint="The snippet runs only on these domains. example.com also covers www.example.com; *.example.com covers every subdomain. With none, the widget runs nowhere."
          errors={errors}
        />
        <TextField
          label="Privacy policy URL"
          // Not type="url": the server's own check then speaks, beside the field, in the same words everywhere.
          inputMode="url"
          placeholder="https://example.com/privacy"
          hint="Linked from the widget wherever visitors give their details. Leave empty for none."
          value={privacyUrl}
          onChange={setPrivacyUrl}
          error={errors.privacyUrl}
        />
        <DomainListEditor
          label="Blocked email domains"
          field="blockedEmailDomains"
          list={blockedEmailDomains}
          placeholder="competitor.com"
          hint="Visitors who give an email at these domains are not routed to agents or offered meetings."
          errors={errors}
        />
      </div>
      <FormMessage
        error={save.error}
        fields={FIELDS}
        success={
          save.isSaved(bodyOf(allowedDomains.values, blockedEmailDomains.values))
            ? "Site settings saved."
            : null
        }
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={save.pending}>
          {save.pending ? "Saving…" : "Save settings"}
        </Button>
      </div>
    </form>
  );
}
