import type { PermissionGroup } from "../data/permissionGroups";
import { areaLabel } from "../data/permissionGroups";
import { Checkbox } from "../ui/Checkbox";

interface PermissionPickerProps {
  groups: readonly PermissionGroup[];
  selected: ReadonlySet<string>;
  onChange(next: Set<string>): void;
  disabled?: boolean;
  /** When given, permissions outside it cannot be ticked (e.g. API key scopes beyond one's own). */
  grantable?: ReadonlySet<string>;
  /** Shown beside permissions that are not grantable. */
  notGrantableNote?: string;
  error?: string;
}

/** Checkboxes grouped by area, each group with "All" and "None". */
export function PermissionPicker(props: PermissionPickerProps) {
  const { groups, selected, onChange, disabled, grantable, notGrantableNote, error } = props;
  const canTick = (name: string) => !disabled && (!grantable || grantable.has(name));

  const set = (names: readonly string[], on: boolean) => {
    const next = new Set(selected);
    for (const name of names) {
      if (!canTick(name)) continue;
      if (on) next.add(name);
      else next.delete(name);
    }
    onChange(next);
  };

  return (
    <div className="permission-picker">
      {groups.map((group) => {
        const names = group.permissions.map((p) => p.name);
        const legend = areaLabel(group.area);
        return (
          <fieldset key={group.area} className="permission-group">
            <legend>{legend}</legend>
            {!disabled && (
              <div className="permission-group-tools">
                <button type="button" className="link-button" onClick={() => set(names, true)}>
                  All<span className="visually-hidden"> in {legend}</span>
                </button>
                <button type="button" className="link-button" onClick={() => set(names, false)}>
                  None<span className="visually-hidden"> in {legend}</span>
                </button>
              </div>
            )}
            {group.permissions.map((permission) => {
              const allowed = canTick(permission.name);
              return (
                <Checkbox
                  key={permission.name}
                  className="check"
                  checked={selected.has(permission.name)}
                  disabled={!allowed}
                  onChange={(on) => set([permission.name], on)}
                >
                  {permission.label}
                  <span className="check-code">{permission.name}</span>
                  {!allowed && !disabled && notGrantableNote && (
                    <span className="check-note"> — {notGrantableNote}</span>
                  )}
                </Checkbox>
              );
            })}
          </fieldset>
        );
      })}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
