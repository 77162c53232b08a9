import { describe, expect, it } from "vitest";
import { dialogueStatusLook, mayPublishNow } from "./dialogueStatusLook";

describe("dialogueStatusLook", () => {
  it("says each status, and 'changed' only when a published version exists and the draft differs", () => {
    expect(dialogueStatusLook({ status: "draft", draftChanged: false })).toEqual({
      label: "Draft",
      look: "badge-quiet",
      changed: false,
    });
    expect(dialogueStatusLook({ status: "published", draftChanged: true }).changed).toBe(true);
    expect(dialogueStatusLook({ status: "unpublished", draftChanged: true })).toMatchObject({
      label: "Unpublished",
      changed: true,
    });
    expect(dialogueStatusLook({ status: "archived", draftChanged: true }).changed).toBe(false);
    expect(dialogueStatusLook({ status: "published" }).changed).toBe(false);
  });

  it("offers Publish when it would change what visitors get", () => {
    expect(mayPublishNow({ status: "draft" })).toBe(true);
    expect(mayPublishNow({ status: "published", draftChanged: false })).toBe(false);
    expect(mayPublishNow({ status: "published", draftChanged: true })).toBe(true);
    expect(mayPublishNow({ status: "unpublished", draftChanged: false })).toBe(true);
    expect(mayPublishNow({ status: "archived" })).toBe(false);
  });
});
