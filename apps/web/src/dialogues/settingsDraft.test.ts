import { describe, expect, it } from "vitest";
import { readSettingsDraft, settingsDraftOf } from "./settingsDraft";

const saved = { kind: "dialogue" as const, name: "Pricing", description: "", priority: 10 };

describe("readSettingsDraft", () => {
  it("sends only what changed, trimmed", () => {
    const draft = { ...settingsDraftOf(saved), name: "  Pricing page  ", priority: "12" };
    expect(readSettingsDraft(draft, saved)).toEqual({
      change: { name: "Pricing page", priority: 12 },
      errors: {},
    });
    expect(readSettingsDraft(settingsDraftOf(saved), saved).change).toEqual({});
  });

  it("says what is wrong with each field, and sends nothing for it", () => {
    const result = readSettingsDraft({ name: " ", description: "x".repeat(2001), priority: "1001" }, saved);
    expect(result.errors).toEqual({
      name: "Required",
      description: "At most 2000 characters",
      priority: "A whole number from 0 to 1000",
    });
    expect(result.change).toEqual({});
    expect(
      readSettingsDraft({ ...settingsDraftOf(saved), priority: "2.5" }, saved).errors.priority,
    ).toBeTruthy();
    expect(
      readSettingsDraft({ ...settingsDraftOf(saved), priority: "-1" }, saved).errors.priority,
    ).toBeTruthy();
  });

  it("never sends a flow's priority", () => {
    const flow = { ...saved, kind: "flow" as const };
    expect(readSettingsDraft({ ...settingsDraftOf(flow), priority: "abc" }, flow)).toEqual({
      change: {},
      errors: {},
    });
  });
});
