import { describe, expect, it } from "vitest";
import { calendarTroubleMail } from "../calendar/calendarTroubleMail";
import { missedChatMail } from "../domain/routing/missedChatMail";
import { passwordLinkMail } from "./passwordLinkMail";

// What visitors, agents and calendar servers type reaches these mails' HTML parts as text, never markup.
// (The meeting mails are checked on the loopback SMTP server: domain/meetings/*.test.ts.)
const HOSTILE = `<script>alert("x")</script><img src=x onerror='alert(1)'>`;
const ESCAPED =
  "&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;&#60;img src=x onerror=&#39;alert(1)&#39;&#62;";

describe("the HTML part of every other mail escapes what anyone typed", () => {
  it("a missed chat: the visitor's name and the page they were on", () => {
    const mail = missedChatMail({
      userId: "u1",
      to: "agent@example.com",
      name: HOSTILE,
      siteName: HOSTILE,
      visitor: HOSTILE,
      pageUrl: `https://shop.example/"><script>alert(2)</script>`,
      publicUrl: "https://parley.example",
    });
    expect(mail.html).not.toMatch(/<script|<img/);
    expect(mail.html).toContain(`Hello ${ESCAPED},`);
    expect(mail.html).toContain("https://shop.example/&#34;&#62;&#60;script&#62;alert(2)");
    expect(mail.text).toContain(`${HOSTILE} asked for a live chat`);
  });

  it("a calendar in trouble: the connection's name and the server's answer", () => {
    const mail = calendarTroubleMail({
      userId: "u1",
      to: "host@example.com",
      name: HOSTILE,
      connectionName: HOSTILE,
      problem: HOSTILE,
      publicUrl: "https://parley.example",
    });
    expect(mail.html).not.toMatch(/<script|<img/);
    expect(mail.html?.split(ESCAPED)).toHaveLength(4);
  });

  it("an invitation to Parley: the invitee's and the inviter's names", () => {
    const mail = passwordLinkMail({
      purpose: "invite",
      userId: "u1",
      to: "new@example.com",
      name: HOSTILE,
      publicUrl: "https://parley.example",
      token: "t",
      invitedBy: HOSTILE,
    });
    expect(mail.html).not.toMatch(/<script|<img/);
    expect(mail.html?.split(ESCAPED)).toHaveLength(3);
  });
});
