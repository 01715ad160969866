import { describe, expect, it } from "vitest";
import { boardMoveFieldNames, readBoardMoveFields } from "./board-move-fields";

const A = "0b5e9a57-8c1e-4f4e-9a3b-1f2d3c4b5a69";
const B = "7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

describe("readBoardMoveFields", () => {
  it("moves the card whose button was pressed, to the stage chosen on that card, from the version it showed", () => {
    const form = new FormData();
    form.set(boardMoveFieldNames.stage(A), "stage-onsite");
    form.set(boardMoveFieldNames.stage(B), "stage-offer");
    form.set(boardMoveFieldNames.button, boardMoveFieldNames.buttonValue(B, 7));
    expect(readBoardMoveFields(form)).toEqual({ applicationId: B, toStageId: "stage-offer", expectedVersion: "7" });
  });

  it("leaves the fields empty for the service to refuse when no button or a malformed one was sent", () => {
    const form = new FormData();
    form.set(boardMoveFieldNames.stage(A), "stage-onsite");
    expect(readBoardMoveFields(form)).toEqual({ applicationId: "", toStageId: "", expectedVersion: "" });
    form.set(boardMoveFieldNames.button, A);
    expect(readBoardMoveFields(form)).toEqual({ applicationId: A, toStageId: "stage-onsite", expectedVersion: "" });
  });
});
