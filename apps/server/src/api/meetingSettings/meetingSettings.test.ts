import { MeetingSettings } from "@parley/protocol/meetings";
import { expect, it } from "vitest";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { buildUser, newSite } from "../../testing/factories";

type Failure = { error: { code: string; message: string; details: { path: string; message: string }[] } };

describeEachDatabase("a site's meeting settings", (server) => {
  it("a new site has every default; a partial update keeps what it leaves out", async () => {
    const admin = await server().admin();
    const path = `/api/sites/${await newSite(admin, "Meeting settings")}/meeting-settings`;
    expect((await admin.get(path)).body).toEqual(MeetingSettings.parse({}));
    await admin.patch(path, { manageCutoffHours: 12, videoUrl: "https://meet.example/team" });
    const second = await admin.patch<MeetingSettings>(path, {
      invitationSubject: "Your call with {{agent.name}} on {{meeting.start}}",
      invitationBody: 'Hello {{person.firstName | "you"}}, see you {{meeting.start}}. {{meeting.cancelUrl}}',
    });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({
      manageCutoffHours: 12,
      videoUrl: "https://meet.example/team",
      invitationSubject: "Your call with {{agent.name}} on {{meeting.start}}",
      meetingTitle: "Meeting with {{agent.name}}",
    });
    expect((await admin.get(path)).body).toEqual(second.body);
  });

  it("a template with an unknown or misplaced token is refused naming it, and nothing is saved", async () => {
    const admin = await server().admin();
    const path = `/api/sites/${await newSite(admin, "Bad tokens")}/meeting-settings`;
    const res = await admin.patch<Failure>(path, {
      invitationBody: "Hi {{person.firstName}}, join at {{meeting.zoomLink}}",
      meetingTitle: "Call {{meeting.rescheduleUrl}}",
      manageCutoffHours: 5,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("validation_failed");
    expect(res.body.error.details.map((d) => d.path).sort()).toEqual(["/invitationBody", "/meetingTitle"]);
    expect(res.body.error.message).toContain("invitationBody uses the unknown token {{meeting.zoomLink}}");
    expect(res.body.error.message).toContain("meetingTitle may not use the token {{meeting.rescheduleUrl}}");
    const unclosed = await admin.patch<Failure>(path, { invitationSubject: "See you {{meeting.start" });
    expect(unclosed.status).toBe(400);
    expect(unclosed.body.error.message).toMatch(/invitationSubject has a token that is not closed/);
    const badValue = await admin.patch<Failure>(path, {
      videoUrl: "javascript:alert(1)",
      manageCutoffHours: 500,
    });
    expect(badValue.body.error.details.map((d) => d.path).sort()).toEqual([
      "/manageCutoffHours",
      "/videoUrl",
    ]);
    expect((await admin.get(path)).body).toEqual(MeetingSettings.parse({}));
  });

  it("site admins and meeting managers change them; hosts and marketers do not", async () => {
    const admin = await server().admin();
    const siteId = await newSite(admin, "Who sets");
    const path = `/api/sites/${siteId}/meeting-settings`;
    const manager = await buildUser(server(), admin, "sales_admin", { siteIds: [siteId] });
    expect((await manager.client.patch(path, { noSlotsText: "Write to us" })).status).toBe(200);
    for (const role of ["calendar_agent", "marketing_admin"]) {
      const user = await buildUser(server(), admin, role, { siteIds: [siteId] });
      expect((await user.client.get(path)).status).toBe(403);
      expect((await user.client.patch(path, { noSlotsText: "x" })).status).toBe(403);
    }
    expect((await admin.get<MeetingSettings>(path)).body.noSlotsText).toBe("Write to us");
  });
});
