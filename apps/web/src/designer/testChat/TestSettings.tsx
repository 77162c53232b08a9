import { SelectField } from "../../ui/SelectField";
import { Switch } from "../../ui/Switch";
import { TextField } from "../../ui/TextField";
import { Button } from "../../ui/Button";
import { wallTimeIn } from "./zonedTime";
import type { TestAttributes } from "./testAttributes";

interface TestSettingsProps {
  attributes: TestAttributes;
  /** Any change restarts the test. */
  onChange(attributes: TestAttributes): void;
  /** How many answers the site's library has (null while loading or unreadable). */
  answerCount: number | null;
}

const DEVICES = [
  { value: "desktop", label: "Desktop" },
  { value: "mobile", label: "Mobile" },
  { value: "tablet", label: "Tablet" },
];

/** The test visitor and their world: every change restarts the test with it. */
export function TestSettings({ attributes: a, onChange, answerCount }: TestSettingsProps) {
  const set = (patch: Partial<TestAttributes>) => onChange({ ...a, ...patch });
  return (
    <div className="tc-settings">
      <fieldset>
        <legend>Visitor</legend>
        <Switch
          label="Known visitor"
          checked={a.known}
          onChange={(known) => set({ known })}
          hint="Off: an anonymous visitor, no fields known."
        />
        {a.known && (
          <>
            <TextField
              label="Email"
              value={a.person.email}
              onChange={(email) => set({ person: { ...a.person, email } })}
            />
            <TextField
              label="First name"
              value={a.person.firstName}
              onChange={(firstName) => set({ person: { ...a.person, firstName } })}
            />
            <TextField
              label="Last name"
              value={a.person.lastName}
              onChange={(lastName) => set({ person: { ...a.person, lastName } })}
            />
            <TextField
              label="More fields"
              rows={3}
              value={a.person.more}
              placeholder="jobTitle: CTO"
              hint="One field a line: field: value"
              onChange={(more) => set({ person: { ...a.person, more } })}
            />
          </>
        )}
      </fieldset>
      <fieldset>
        <legend>Company</legend>
        <Switch
          label="Known company"
          checked={a.companyKnown}
          onChange={(companyKnown) => set({ companyKnown })}
        />
        {a.companyKnown && (
          <>
            <TextField
              label="Name"
              value={a.company.name}
              onChange={(name) => set({ company: { ...a.company, name } })}
            />
            <TextField
              label="Domain"
              value={a.company.domain}
              onChange={(domain) => set({ company: { ...a.company, domain } })}
            />
            <TextField
              label="More fields"
              rows={3}
              value={a.company.more}
              placeholder="employees: 250"
              hint="One field a line: field: value"
              onChange={(more) => set({ company: { ...a.company, more } })}
            />
          </>
        )}
      </fieldset>
      <fieldset>
        <legend>Time</legend>
        <TextField
          label="Time zone"
          value={a.timeZone}
          onChange={(timeZone) => set({ timeZone })}
          hint="As in Europe/Paris or America/New_York"
        />
        <TextField
          label="Date and time there"
          type="datetime-local"
          value={a.now}
          onChange={(now) => set({ now })}
        />
        <Button onPress={() => set({ now: wallTimeIn(new Date(), a.timeZone) })}>Use the current time</Button>
      </fieldset>
      <fieldset>
        <legend>Visit</legend>
        <TextField label="Page URL" value={a.pageUrl} onChange={(pageUrl) => set({ pageUrl })} />
        <TextField
          label="Language"
          value={a.language}
          onChange={(language) => set({ language })}
          hint="The visitor's language, as in en or fr: the dialogue's texts in it when it has them."
        />
        <SelectField
          label="Device"
          value={a.device}
          options={DEVICES}
          onChange={(device) => set({ device: device as TestAttributes["device"] })}
        />
        <TextField
          label="Country"
          value={a.country}
          placeholder="FR"
          onChange={(country) => set({ country })}
        />
        <TextField
          label="UTM source"
          value={a.utm.source}
          onChange={(source) => set({ utm: { ...a.utm, source } })}
        />
        <TextField
          label="UTM medium"
          value={a.utm.medium}
          onChange={(medium) => set({ utm: { ...a.utm, medium } })}
        />
        <TextField
          label="UTM campaign"
          value={a.utm.campaign}
          onChange={(campaign) => set({ utm: { ...a.utm, campaign } })}
        />
      </fieldset>
      <fieldset>
        <legend>What happens</legend>
        <SelectField
          label="Live chat agents"
          value={a.agents}
          options={[
            { value: "available", label: "Someone is available" },
            { value: "none", label: "Nobody is available" },
          ]}
          onChange={(agents) => set({ agents: agents as TestAttributes["agents"] })}
        />
        <SelectField
          label="Webhooks"
          value={a.webhook}
          options={[
            { value: "success", label: "Succeed (200)" },
            { value: "failure", label: "Fail (500)" },
          ]}
          onChange={(webhook) => set({ webhook: webhook as TestAttributes["webhook"] })}
        />
        {a.webhook === "success" && (
          <TextField
            label="Webhook answer (JSON)"
            rows={3}
            value={a.webhookBody}
            placeholder='{ "plan": "pro" }'
            onChange={(webhookBody) => set({ webhookBody })}
          />
        )}
        <Switch
          label="Search the answer library"
          checked={a.useAnswers}
          onChange={(useAnswers) => set({ useAnswers })}
          hint={
            answerCount === null
              ? "The site's answers could not be read yet."
              : `The site's library has ${answerCount} ${answerCount === 1 ? "answer" : "answers"}. Off: no question finds an answer.`
          }
        />
      </fieldset>
    </div>
  );
}
