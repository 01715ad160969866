import { describe, expect, it } from "vitest";
import { buildQualificationThread, type ThreadInterviewInput, type ThreadQualificationInput } from "./qualification-thread";

function qualification(id: string, kind: "required" | "preferred", extra: Partial<ThreadQualificationInput> = {}): ThreadQualificationInput {
  return { qualificationId: id, kind, text: `Text of ${id}`, answer: "yes", evidence: `Evidence for ${id}`, status: "met", reason: "Because.", ...extra };
}

type Card = NonNullable<ThreadInterviewInput["interviewers"][number]["scorecard"]>;
const submitted = (ratings: Card["ratings"]): Card => ({ status: "submitted", ratings });

const loop: ThreadInterviewInput = {
  id: "i1",
  title: "Technical deep dive",
  status: "scheduled",
  attributes: [
    { id: "a-go", label: "Go (as scheduled)", qualificationId: "q-go" },
    { id: "a-sql", label: "SQL", qualificationId: "q-sql" },
    { id: "a-values", label: "Values", qualificationId: null },
  ],
  interviewers: [
    { id: "u-ivan", name: "Ivan", scorecard: submitted({ "a-go": { rating: "strong_yes", notes: "Built a scheduler." }, "a-values": { rating: "yes", notes: "Kind." } }) },
    { id: "u-iris", name: "Iris", scorecard: submitted({ "a-go": { rating: "no", notes: "" }, "a-sql": { rating: null, notes: "" } }) },
    { id: "u-drafty", name: "Drafty", scorecard: { status: "draft", ratings: { "a-go": { rating: "strong_no", notes: "Half-formed." } } } },
    { id: "u-missing", name: "Missing", scorecard: null },
  ],
};

describe("buildQualificationThread", () => {
  it("puts required qualifications first, keeping the given order within each kind", () => {
    const thread = buildQualificationThread([qualification("p1", "preferred"), qualification("r1", "required"), qualification("p2", "preferred"), qualification("r2", "required")], []);
    expect(thread.map((q) => q.qualificationId)).toEqual(["r1", "r2", "p1", "p2"]);
  });

  it("joins each submitted rating to its qualification with interviewer, interview, rating and notes", () => {
    const [go] = buildQualificationThread([qualification("q-go", "required")], [loop]);
    expect(go?.ratings).toEqual([
      { interviewId: "i1", interviewTitle: "Technical deep dive", interviewerId: "u-ivan", interviewerName: "Ivan", attributeId: "a-go", attributeLabel: "Go (as scheduled)", rating: "strong_yes", notes: "Built a scheduler." },
      { interviewId: "i1", interviewTitle: "Technical deep dive", interviewerId: "u-iris", interviewerName: "Iris", attributeId: "a-go", attributeLabel: "Go (as scheduled)", rating: "no", notes: "" },
    ]);
  });

  it.each([
    ["a draft (even the actor's own)", "u-drafty"],
    ["a missing scorecard", "u-missing"],
  ])("leaves out %s", (_, interviewerId) => {
    const [go] = buildQualificationThread([qualification("q-go", "required")], [loop]);
    expect(go?.ratings.map((r) => r.interviewerId)).not.toContain(interviewerId);
  });

  it("treats an attribute left blank on a submitted scorecard as not assessed", () => {
    const [sql] = buildQualificationThread([qualification("q-sql", "required")], [loop]);
    expect(sql?.ratings).toEqual([]);
  });

  it("keeps a note given without a rating", () => {
    const interview: ThreadInterviewInput = { ...loop, interviewers: [{ id: "u-ivan", name: "Ivan", scorecard: submitted({ "a-sql": { rating: null, notes: "Ran out of time." } }) }] };
    const [sql] = buildQualificationThread([qualification("q-sql", "required")], [interview]);
    expect(sql?.ratings.map((r) => [r.rating, r.notes])).toEqual([[null, "Ran out of time."]]);
  });

  it("ignores custom attributes and cancelled interviews", () => {
    const cancelled: ThreadInterviewInput = { ...loop, id: "i0", title: "Cancelled loop", status: "cancelled" };
    const thread = buildQualificationThread([qualification("q-go", "required"), qualification("q-sql", "preferred")], [cancelled, loop]);
    const all = thread.flatMap((q) => q.ratings);
    expect(all.map((r) => r.interviewId)).not.toContain("i0");
    expect(all.map((r) => r.attributeLabel)).not.toContain("Values");
  });

  it("collects ratings across interviews, in interview order", () => {
    const second: ThreadInterviewInput = {
      id: "i2",
      title: "Onsite",
      status: "scheduled",
      attributes: [{ id: "b-go", label: "Go", qualificationId: "q-go" }],
      interviewers: [{ id: "u-ada", name: "Ada", scorecard: submitted({ "b-go": { rating: "yes", notes: "" } }) }],
    };
    const [go] = buildQualificationThread([qualification("q-go", "required")], [loop, second]);
    expect(go?.ratings.map((r) => `${r.interviewTitle}/${r.interviewerName}`)).toEqual(["Technical deep dive/Ivan", "Technical deep dive/Iris", "Onsite/Ada"]);
  });

  it("gives an empty list for a qualification no interview rated, and keeps the candidate's side untouched", () => {
    const hostile = qualification("q-k8s", "preferred", { answer: "partly", evidence: "<img src=x onerror=alert(1)>", status: "partly" });
    const [k8s] = buildQualificationThread([hostile], [loop]);
    expect(k8s).toEqual({ ...hostile, ratings: [] });
  });

  it("returns nothing for a requisition without qualifications", () => {
    expect(buildQualificationThread([], [loop])).toEqual([]);
  });
});
