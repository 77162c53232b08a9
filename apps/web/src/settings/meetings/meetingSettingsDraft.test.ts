import { DEFAULT_INVITATION_BODY, MeetingSettings } from "@parley/protocol/meetings";
import { describe, expect, test } from "vitest";
import {
  meetingSettingsBodyOf,
  meetingSettingsDraftOf,
  meetingSettingsProblems,
} from "./meetingSettingsDraft";

const defaults = MeetingSettings.parse({});

describe("meeting settings draft", () => {
  test("the defaults make a draft the server takes back unchanged", () => {
    const body = meetingSettingsBodyOf(meetingSettingsDraftOf(defaults));
    expect(MeetingSettings.parse(body)).toEqual(defaults);
    expect(body.invitationBody).toBe(DEFAULT_INVITATION_BODY);
  });

  test("empty optional texts save as null, numbers as numbers", () => {
    const draft = {
      ...meetingSettingsDraftOf(defaults),
      videoUrl: "  ",
      noSlotsText: "",
      manageCutoffHours: "12",
    };
    expect(meetingSettingsBodyOf(draft)).toMatchObject({
      videoUrl: null,
      noSlotsText: null,
      manageCutoffHours: 12,
    });
  });

  test("names every field the server would refuse", () => {
    const draft = {
      ...meetingSettingsDraftOf(defaults),
      meetingTitle: " ",
      videoUrl: "meet.example.com",
      manageCutoffHours: "2.5",
    };
    expect(meetingSettingsProblems(draft)).toEqual({
      meetingTitle: "Required",
      videoUrl: "Must be a web address such as https://meet.example.com/team",
      manageCutoffHours: "A whole number of hours from 0 to 168",
    });
    expect(
      meetingSettingsProblems({ ...draft, meetingTitle: "x", videoUrl: "", manageCutoffHours: "169" }),
    ).toEqual({
      manageCutoffHours: "A whole number of hours from 0 to 168",
    });
  });
});
