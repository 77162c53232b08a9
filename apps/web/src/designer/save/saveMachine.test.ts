import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/ApiError";
import { saveErrorEvent } from "./saveErrorEvent";
import { IDLE, mayStartSave, type SavePhase, savePhaseReducer, saveStatus } from "./saveMachine";

const theirs = { draft: { cards: [] }, revision: 4, by: "Ada" };

describe("autosave", () => {
  it("saves when there are unsaved edits and nothing is in flight", () => {
    expect(mayStartSave(IDLE, { edit: 2, savedEdit: 1 })).toBe(true);
    expect(mayStartSave(IDLE, { edit: 2, savedEdit: 2 })).toBe(false);
    expect(mayStartSave({ kind: "saving", edit: 2 }, { edit: 3, savedEdit: 1 })).toBe(false);
  });

  it("an edit made while a save is in flight is saved next", () => {
    let phase = savePhaseReducer(IDLE, { type: "start", edit: 2 });
    // Typing goes on while the request travels: edit 3; the answer then reports edit 2 saved.
    phase = savePhaseReducer(phase, { type: "succeeded" });
    expect(phase).toEqual(IDLE);
    expect(mayStartSave(phase, { edit: 3, savedEdit: 2 })).toBe(true);
    expect(saveStatus(phase, { edit: 3, savedEdit: 2 }).text).toBe("Unsaved changes");
  });

  it("after a failure it waits for a new edit or Retry, and says so", () => {
    let phase = savePhaseReducer(
      { kind: "saving", edit: 5 },
      { type: "failed", message: "boom", offline: false },
    );
    expect(saveStatus(phase, { edit: 5, savedEdit: 4 })).toEqual({
      text: "Not saved — retry",
      tone: "error",
    });
    expect(mayStartSave(phase, { edit: 5, savedEdit: 4 })).toBe(false);
    expect(mayStartSave(phase, { edit: 6, savedEdit: 4 })).toBe(true);
    phase = savePhaseReducer(phase, { type: "resume" });
    expect(mayStartSave(phase, { edit: 5, savedEdit: 4 })).toBe(true);
  });

  it("offline waits for the connection to come back, whatever is edited", () => {
    const phase = savePhaseReducer(
      { kind: "saving", edit: 5 },
      { type: "failed", message: "x", offline: true },
    );
    expect(mayStartSave(phase, { edit: 9, savedEdit: 4 })).toBe(false);
    expect(saveStatus(phase, { edit: 9, savedEdit: 4 }).text).toMatch(/^Offline/);
    expect(mayStartSave(savePhaseReducer(phase, { type: "resume" }), { edit: 9, savedEdit: 4 })).toBe(true);
  });

  it("a conflict stops saving until the marketer chooses", () => {
    const phase: SavePhase = savePhaseReducer({ kind: "saving", edit: 3 }, { type: "conflict", theirs });
    expect(mayStartSave(phase, { edit: 7, savedEdit: 2 })).toBe(false);
    expect(saveStatus(phase, { edit: 7, savedEdit: 2 }).tone).toBe("error");
    expect(savePhaseReducer(phase, { type: "succeeded" })).toBe(phase);
    expect(savePhaseReducer(phase, { type: "resume" })).toEqual(IDLE);
  });

  it("a late answer of a save does not end a newer save", () => {
    const saving: SavePhase = { kind: "saving", edit: 8 };
    expect(savePhaseReducer(saving, { type: "resume" })).toBe(saving);
    expect(saveStatus(IDLE, { edit: 8, savedEdit: 8 })).toEqual({ text: "All changes saved", tone: "saved" });
  });
});

describe("saveErrorEvent", () => {
  it("reads their version from a 409 draft_conflict", () => {
    const error = new ApiError(409, "draft_conflict", "Someone else saved", {
      dialogue: { draft: theirs.draft, draftRevision: 4, updatedBy: { id: "u", name: "Ada" } },
    });
    expect(saveErrorEvent(error)).toEqual({ type: "conflict", theirs });
  });

  it("tells offline from other failures", () => {
    expect(saveErrorEvent(new ApiError(0, "network", "Could not reach"))).toMatchObject({ offline: true });
    expect(saveErrorEvent(new ApiError(500, "internal", "Oops"))).toEqual({
      type: "failed",
      message: "Oops",
      offline: false,
    });
  });
});
