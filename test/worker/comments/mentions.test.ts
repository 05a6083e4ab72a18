// @mentions: the parser, members resolved and stored, mention mails (with their one-click unsubscribe), opt-outs.
import { describe, expect, it } from "vitest";
import { MAX_MENTIONS, parseMentions } from "../../../src/comments";
import { api, call, mailsTo, signedInUser, sql } from "../helpers";
import { member, openThread, projectWithDoc } from "./fixtures";

describe("the mention parser", () => {
  it("finds addresses and handles, not addresses inside words, trailing punctuation aside", () => {
    expect(parseMentions("@Ada@Example.com, ping @bob. and mail me at carl@example.com or @@dan @ @-")).toEqual({
      emails: ["ada@example.com"],
      handles: ["bob", "dan"],
    });
    expect(parseMentions("@ada@localhost")).toEqual({ emails: [], handles: ["ada"] });
    expect(parseMentions("")).toEqual({ emails: [], handles: [] });
  });

  it("parses a 10,000-character adversarial body at once", () => {
    for (const body of ["@".repeat(10_000), "@a".repeat(5_000), `@${"a".repeat(9_998)}@`, `@a@${"b.".repeat(4_998)}`]) {
      const start = performance.now();
      parseMentions(body);
      expect(performance.now() - start).toBeLessThan(50);
    }
  });
});

describe("mentions", () => {
  it("stores the members mentioned (by address or handle, not outsiders) and mails them with an unsubscribe", async () => {
    const { owner, project, artifactId, workspaceId } = await projectWithDoc();
    const reviewer = await member(workspaceId, "reviewer", "Rita Reviewer");
    const editor = await member(workspaceId, "editor");
    const outsider = await signedInUser();
    const editorHandle = editor.email.split("@")[0];
    const r = await call(reviewer, "POST", `/api/projects/${project.id}/threads`, {
      artifactId,
      requirementId: "REQ-AUTH-002",
      body: `@${owner.email} and @${editorHandle}: is 15 minutes right? (not @${outsider.email}, nor myself @${reviewer.email})`,
    });
    expect(r.status, r.text).toBe(201);
    expect([...r.json.comment.mentions].sort()).toEqual([owner.id, editor.id, reviewer.id].sort());
    const [row] = await sql`select mentions from comments where id = ${r.json.comment.id}`;
    expect([...(row!.mentions as string[])].sort()).toEqual([owner.id, editor.id, reviewer.id].sort());

    const [mail] = await mailsTo(owner.email);
    expect(mail?.subject).toBe(`Rita Reviewer mentioned you in ${project.name}`);
    expect(mail?.text).toContain("REQ-AUTH-002");
    expect(mail?.text).toContain("is 15 minutes right?");
    expect(mail?.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(mail?.headers?.["List-Unsubscribe"]).toMatch(/^<https:\/\/.+\/api\/notifications\/unsubscribe\?token=.+>$/);
    expect(await mailsTo(editor.email)).toHaveLength(1);
    expect(await mailsTo(outsider.email)).toHaveLength(0);
    expect(await mailsTo(reviewer.email)).toHaveLength(0);
  });

  it("the mail's one-click unsubscribe opts out of mention mails; no sign-in; a forged token is refused", async () => {
    const { owner, project, artifactId, workspaceId } = await projectWithDoc();
    const reviewer = await member(workspaceId, "reviewer");
    await openThread(reviewer, project.id, { artifactId, body: `@${owner.email} first` });
    const [mail] = await mailsTo(owner.email);
    const url = new URL(mail!.headers!["List-Unsubscribe"]!.slice(1, -1));
    const t = api();
    // RFC 8058: the mail client POSTs List-Unsubscribe=One-Click to the URL, with no credential.
    const res = await t.request(`${url.pathname}${url.search}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ kind: "mention", unsubscribed: true });
    const settings = await call(owner, "GET", "/api/me/notifications");
    expect(settings.json.notifications).toEqual({
      invitation: true,
      review_request: true,
      mention: false,
      decision: true,
    });

    await openThread(reviewer, project.id, { artifactId, body: `@${owner.email} second` });
    expect(await mailsTo(owner.email)).toHaveLength(1);

    const token = url.searchParams.get("token") as string;
    const forged = `${reviewer.id}${token.slice(36)}`;
    const bad = await t.request(`/api/notifications/unsubscribe?token=${encodeURIComponent(forged)}`, {
      method: "POST",
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe("invalid_token");
  });

  it("GET/PUT /api/me/notifications set opt-outs per kind; an opted-out member is still mentioned, not mailed", async () => {
    const { owner, project, artifactId, workspaceId } = await projectWithDoc();
    const editor = await member(workspaceId, "editor");
    const off = await call(editor, "PUT", "/api/me/notifications", { mention: false, decision: false });
    expect(off.status).toBe(200);
    expect(off.roundTrips).toBe(1);
    expect(off.json.notifications).toMatchObject({ mention: false, decision: false, invitation: true });
    const r = await openThread(owner, project.id, { artifactId, body: `@${editor.email} look` });
    expect(r.comment.mentions).toEqual([editor.id]);
    expect(await mailsTo(editor.email)).toHaveLength(0);

    const on = await call(editor, "PUT", "/api/me/notifications", { mention: true });
    expect(on.json.notifications).toMatchObject({ mention: true, decision: false });
    await openThread(owner, project.id, { artifactId, body: `@${editor.email} again` });
    expect(await mailsTo(editor.email)).toHaveLength(1);

    expect((await call(editor, "PUT", "/api/me/notifications", {})).status).toBe(400);
    expect((await call(editor, "PUT", "/api/me/notifications", { weekly: false })).status).toBe(400);
  });

  it(`a comment mentions at most ${MAX_MENTIONS} members; an ambiguous handle mentions nobody`, async () => {
    const { owner, project, artifactId, workspaceId } = await projectWithDoc();
    const members = await Promise.all(Array.from({ length: MAX_MENTIONS + 2 }, () => member(workspaceId, "viewer")));
    const body = members.map((m) => `@${m.email}`).join(" ");
    const r = await openThread(owner, project.id, { artifactId, body });
    expect(r.comment.mentions).toHaveLength(MAX_MENTIONS);
    // Two members whose addresses share the part before the @.
    const local = `twin-${crypto.randomUUID()}`;
    const twins = await Promise.all(
      ["a.example.test", "b.example.test"].map(async (domain) => {
        const [u] =
          await sql`insert into users (email, password_hash, name) values (${`${local}@${domain}`}, 'x', 'Twin') returning id`;
        await sql`insert into workspace_members (workspace_id, user_id, role) values (${workspaceId}, ${u!.id}, 'viewer')`;
        return u!.id as string;
      }),
    );
    const ambiguous = await openThread(owner, project.id, { artifactId, body: `@${local} which one?` });
    expect(ambiguous.comment.mentions).toEqual([]);
    const exact = await openThread(owner, project.id, { artifactId, body: `@${local}@b.example.test this one` });
    expect(exact.comment.mentions).toEqual([twins[1]]);
  });

  it("an edit reads the mentions again without mailing them", async () => {
    const { owner, project, artifactId, workspaceId } = await projectWithDoc();
    const editor = await member(workspaceId, "editor");
    const { comment } = await openThread(owner, project.id, { artifactId, body: "no one yet" });
    const r = await call(owner, "PATCH", `/api/projects/${project.id}/comments/${comment.id}`, {
      body: `now @${editor.email}`,
    });
    expect(r.json.comment.mentions).toEqual([editor.id]);
    expect(await mailsTo(editor.email)).toHaveLength(0);
  });
});
