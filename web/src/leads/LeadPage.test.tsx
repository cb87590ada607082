import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { OWNER_ME, logInAs, renderApp } from "../testing";
import { LOOKUPS } from "./testing";

const LEAD = {
  id: "lead-1",
  name: "Bjørn Ærlig",
  email: "bjorn@havbris.example",
  phone: "+4792678828",
  title: "Innkjøpssjef",
  company: "Havbris AS",
  website: null,
  country: "NO",
  industry: null,
  expectedValue: "125000",
  score: 65,
  temperature: "HOT",
  tags: ["messe"],
  createdAt: "2026-11-20T08:15:00+00:00",
  stage: { id: "stage-sql", name: "Kvalifisert" },
  owner: { id: "user-kari", name: "Kari Nordmann" },
  source: { id: "source-messe", name: "Messe Lillestrøm" },
  scoreBreakdown: [
    { ruleId: "rule-1", rule: "Innkjøpssjef", points: 40 },
    { ruleId: "rule-2", rule: "Fra messe", points: 25 },
  ],
  routingDecision: {
    outcome: "ASSIGNED",
    decidedAt: "2026-11-20T08:15:01+00:00",
    ruleName: "Norge til Team Nord",
    rulesPassed: 1,
    respondBy: "2026-11-20T09:15:01+00:00",
    owner: { id: "user-kari", name: "Kari Nordmann" },
    team: { id: "team-nord", name: "Team Nord" },
    steps: [{ skipped: [{ reason: "AWAY", user: { id: "user-ola", name: "Ola Nordmann" } }] }],
  },
  duplicateCandidates: [
    {
      reasons: ["SAME_PHONE"],
      lead: {
        id: "lead-2",
        name: "Bjørn Erlig",
        email: null,
        phone: "+4792678828",
        company: "Havbris",
      },
    },
  ],
  stageHistory: [
    {
      changedAt: "2026-11-20T08:15:00+00:00",
      fromStage: null,
      toStage: { id: "stage-new", name: "Ny" },
    },
    {
      changedAt: "2026-11-21T10:00:00+00:00",
      fromStage: { id: "stage-new", name: "Ny" },
      toStage: { id: "stage-sql", name: "Kvalifisert" },
    },
  ],
};

const TIMELINE = {
  lead: {
    id: "lead-1",
    activities: {
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: [
        {
          node: {
            id: "activity-2",
            kind: "CALL",
            occurredAt: "2026-11-21T12:30:00+00:00",
            actor: {
              __typename: "MemberActor",
              member: { id: "user-kari", name: "Kari Nordmann" },
            },
            details: {
              __typename: "CallDetails",
              body: "Ringte (+47) 92 67 88 28, vil ha tilbud.",
              outcome: "CONNECTED",
              durationSeconds: 300,
            },
          },
        },
        {
          node: {
            id: "activity-1",
            kind: "CREATED",
            occurredAt: "2026-11-20T08:15:00+00:00",
            actor: { __typename: "SystemActor" },
            details: { __typename: "CreatedDetails" },
          },
        },
      ],
    },
  },
};

function renderLead(answers: Parameters<typeof renderApp>[1] = {}, language: "en" | "nb" = "en") {
  logInAs("t0k3n", "VGVuYW50OjE=");
  return renderApp(
    "/leads/lead-1",
    {
      Me: () => OWNER_ME,
      ...LOOKUPS,
      LeadDetails: () => ({ lead: LEAD }),
      LeadTimeline: () => TIMELINE,
      ...answers,
    },
    language,
  );
}

describe("a lead's page", () => {
  it("says why it scores and went where it did, and what happened to it", async () => {
    renderLead({}, "nb");
    expect(await screen.findByRole("heading", { level: 1, name: "Bjørn Ærlig" })).toBeTruthy();
    expect(screen.getByText("+47 92 67 88 28")).toBeTruthy();
    const score = screen.getByRole("table", { name: "Poeng" });
    expect(within(score).getByRole("rowheader", { name: "Innkjøpssjef" })).toBeTruthy();
    expect(within(score).getByText("+40")).toBeTruthy();
    expect(screen.getByText("Gitt til Kari Nordmann", { exact: false })).toBeTruthy();
    expect(screen.getByText("Hoppet over Ola Nordmann: borte")).toBeTruthy();
    expect(screen.getByText(/Ny → Kvalifisert/)).toBeTruthy();
    // Oslo time: 12:30 UTC is 13:30 in November
    expect(await screen.findByText("Samtale · Fikk svar · 5 min")).toBeTruthy();
    expect(screen.getByText(/21\. nov\. 2026.*13:30/)).toBeTruthy();
    expect(screen.getByText("Ringte (+47) 92 67 88 28, vil ha tilbud.")).toBeTruthy();
  });

  it("shows what others do to the lead as they do it", async () => {
    const { asked, live } = renderLead();
    await screen.findByRole("heading", { level: 1, name: "Bjørn Ærlig" });
    expect(live.subscribed.find((s) => s.operation === "LiveActivity")?.variables).toEqual({
      feed: { kinds: [], leadId: "lead-1" },
    });
    const times = (operation: string) => asked.filter((a) => a.operation === operation).length;
    const [details, timeline] = [times("LeadDetails"), times("LeadTimeline")];
    act(() =>
      live.push("LiveActivity", {
        activityFeed: {
          cursor: "c-9",
          activity: { id: "activity-9", kind: "CALL", actor: { member: { id: "user-kari" } } },
        },
      }),
    );
    await waitFor(() => expect(times("LeadTimeline")).toBe(timeline + 1), { timeout: 3000 });
    expect(times("LeadDetails")).toBe(details + 1);
  });

  it("edits a detail in place, and shows a refusal beside it", async () => {
    const { asked } = renderLead({
      UpdateLead: ({ input }: { input: { lead: { email?: string } } }) => ({
        updateLead:
          input.lead.email === "ikke-epost"
            ? {
                lead: null,
                errors: [{ field: "email", code: "INVALID", message: "Not an email address." }],
              }
            : { lead: { id: "lead-1" }, errors: [] },
      }),
    });
    fireEvent.click(await screen.findByRole("button", { name: "Edit Email" }));
    const email = screen.getByLabelText<HTMLInputElement>("Email");
    expect(email.value).toBe("bjorn@havbris.example");
    expect(document.activeElement).toBe(email);
    fireEvent.change(email, { target: { value: "ikke-epost" } });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Not an email address.")).toBeTruthy();

    fireEvent.change(screen.getByLabelText("Email"), { target: { value: "  " } });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Email saved.")).toBeTruthy();
    expect(asked.filter((a) => a.operation === "UpdateLead").at(-1)?.variables).toEqual({
      input: { leadId: "lead-1", lead: { email: null } }, // cleared
    });
    expect(screen.queryByLabelText("Email")).toBeNull();
    // closed, the keyboard is back where it was
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole("button", { name: "Edit Email" })),
    );
    // and Escape closes an edit as Cancel does
    fireEvent.click(screen.getByRole("button", { name: "Edit Title" }));
    fireEvent.keyDown(screen.getByRole("textbox", { name: "Title" }), { key: "Escape" });
    expect(screen.queryByRole("textbox", { name: "Title" })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Edit Title" }));
  });

  it("logs a call with its outcome and length", async () => {
    const { asked } = renderLead({
      LogLeadActivity: () => ({ logActivity: { activity: { id: "activity-3" }, errors: [] } }),
    });
    const form = await screen.findByRole("form", { name: "Log an activity" });
    fireEvent.change(within(form).getByLabelText("What was said or done"), {
      target: { value: "Ringte 412 34 567, sender tilbud fredag." },
    });
    fireEvent.change(within(form).getByLabelText("Outcome"), { target: { value: "CONNECTED" } });
    fireEvent.change(within(form).getByLabelText("Minutes"), { target: { value: "7,5" } });
    fireEvent.click(within(form).getByRole("button", { name: "Log it" }));
    expect(await screen.findByText("Call logged.")).toBeTruthy();
    expect(asked.find((a) => a.operation === "LogLeadActivity")?.variables).toEqual({
      input: {
        leadId: "lead-1",
        kind: "CALL",
        body: "Ringte 412 34 567, sender tilbud fredag.",
        outcome: "CONNECTED",
        durationSeconds: 450,
      },
    });
  });

  it("merges a duplicate into it when confirmed", async () => {
    vi.spyOn(window, "confirm").mockReturnValue(true);
    const { asked } = renderLead({
      MergeLeads: () => ({ mergeLeads: { lead: { id: "lead-1" }, errors: [] } }),
    });
    expect(await screen.findByText("same phone")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Merge Bjørn Erlig into this lead" }));
    expect(await screen.findByText("Bjørn Erlig was merged into this lead.")).toBeTruthy();
    expect(asked.find((a) => a.operation === "MergeLeads")?.variables).toEqual({
      input: { survivorId: "lead-1", duplicateId: "lead-2" },
    });
  });

  it("shows a lead merged away under the lead it went into", async () => {
    const { router } = renderLead({ LeadDetails: () => ({ lead: { ...LEAD, id: "lead-9" } }) });
    await waitFor(() => expect(router.state.location.pathname).toBe("/leads/lead-9"));
  });

  it("says so for a lead that is not there", async () => {
    renderLead({ LeadDetails: () => ({ lead: null }) });
    expect(await screen.findByRole("heading", { name: "There is no page here." })).toBeTruthy();
  });
});

describe("adding a lead", () => {
  it("adds it and opens its page, or shows each refusal beside its field", async () => {
    logInAs("t0k3n", "VGVuYW50OjE=");
    const { asked, router } = renderApp("/leads/new", {
      Me: () => OWNER_ME,
      ...LOOKUPS,
      CreateLead: ({ input }: { input: { lead: { phone: string | null } } }) => ({
        createLead:
          input.lead.phone === "123"
            ? {
                lead: null,
                errors: [{ field: "phone", code: "INVALID", message: "Not a phone number." }],
              }
            : { lead: { id: "lead-1" }, errors: [] },
      }),
      LeadDetails: () => ({ lead: LEAD }),
      LeadTimeline: () => TIMELINE,
    });
    fireEvent.change(await screen.findByLabelText("Name"), { target: { value: "Bjørn Ærlig" } });
    fireEvent.change(screen.getByLabelText("Phone"), { target: { value: "123" } });
    fireEvent.click(screen.getByRole("button", { name: "Add the lead" }));
    expect(await screen.findByText("Not a phone number.")).toBeTruthy();

    fireEvent.change(screen.getByLabelText("Phone"), { target: { value: "(+47) 92 67 88 28" } });
    fireEvent.change(screen.getByLabelText("Source"), { target: { value: "source-messe" } });
    fireEvent.click(screen.getByRole("button", { name: "Add the lead" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/leads/lead-1"));
    expect(asked.filter((a) => a.operation === "CreateLead").at(-1)?.variables).toEqual({
      input: {
        lead: {
          name: "Bjørn Ærlig",
          email: null,
          phone: "(+47) 92 67 88 28",
          company: null,
          title: null,
          sourceId: "source-messe",
        },
      },
    });
  });
});
