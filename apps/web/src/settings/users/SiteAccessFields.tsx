import { useId } from "react";
import { RadioGroup } from "react-aria-components";
import { Checkbox } from "../../ui/Checkbox";
import { Radio } from "../../ui/Radio";
import type { NamedSite, SiteAccessChoice } from "./siteAccess";

interface SiteAccessFieldsProps {
  /** The group's name, e.g. "Site access" or "Site access for Ada". */
  legend: string;
  sites: readonly NamedSite[];
  value: SiteAccessChoice;
  onChange(next: SiteAccessChoice): void;
  error?: string;
  disabled?: boolean;
  /** A first choice that sends no list (mode "inherit"), e.g. "Same as mine", with a hint of what it gives. */
  inherit?: { label: string; hint?: string };
  /** Whether "All sites" is offered (default true): one limited to some sites cannot give every site. */
  offerAll?: boolean;
}

/** "All sites" or "Chosen sites" with a checkbox per site; optionally a first "inherit" choice. */
export function SiteAccessFields({
  legend,
  sites,
  value,
  onChange,
  error,
  disabled,
  inherit,
  offerAll = true,
}: SiteAccessFieldsProps) {
  const id = useId();
  const visible = new Set(sites.map((site) => site.id));
  // Sites the viewer cannot see stay in the set (and are sent back), so saving never drops them.
  const unseen = [...value.chosen].filter((siteId) => !visible.has(siteId)).length;

  const toggle = (siteId: string, on: boolean) => {
    const chosen = new Set(value.chosen);
    if (on) chosen.add(siteId);
    else chosen.delete(siteId);
    onChange({ mode: "chosen", chosen });
  };

  return (
    <fieldset
      className="members-picker site-access"
      disabled={disabled}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend id={`${id}-legend`}>{legend}</legend>
      <RadioGroup
        aria-labelledby={`${id}-legend`}
        value={value.mode}
        onChange={(mode) => onChange({ ...value, mode: mode as SiteAccessChoice["mode"] })}
        isDisabled={disabled}
      >
        {inherit && (
          <Radio value="inherit" className="check">
            {inherit.label}
            {inherit.hint && <span className="site-access-hint">{inherit.hint}</span>}
          </Radio>
        )}
        {offerAll && (
          <Radio value="all" className="check">
            All sites
            <span className="site-access-hint">Including sites added later</span>
          </Radio>
        )}
        <Radio value="chosen" className="check">
          Chosen sites
        </Radio>
      </RadioGroup>
      {value.mode === "chosen" && (
        <ul className="members-list site-access-list">
          {sites.map((site) => (
            <li key={site.id}>
              <Checkbox
                className="check"
                checked={value.chosen.has(site.id)}
                disabled={disabled}
                onChange={(on) => toggle(site.id, on)}
              >
                {site.name}
              </Checkbox>
            </li>
          ))}
          {sites.length === 0 && <li className="field-hint">There are no sites yet.</li>}
          {unseen > 0 && (
            <li className="field-hint">
              Also {unseen === 1 ? "1 site" : `${unseen} sites`} you cannot see; they are kept.
            </li>
          )}
        </ul>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
