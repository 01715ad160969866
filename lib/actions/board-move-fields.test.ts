import { describe, expect, it } from "vitest";
import { boardMoveFieldNames, readBoardMoveFields } from "./board-move-fields";

const A = "0b5e9a57-8c1e-4f4e-9a3b-1f2d3c4b5a69";
const B = "7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const C = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
const APPLIED = "stage-applied";
const SCREEN = "stage-screen";

describe("readBoardMoveFields", () => {
  it("moves the cards selected in the column whose button was pressed, to that column's stage, from the versions shown", () => {
    const form = new FormData();
    form.append(boardMoveFieldNames.selected(APPLIED), boardMoveFieldNames.selectedValue(A, 3));
    form.append(boardMoveFieldNames.selected(APPLIED), boardMoveFieldNames.selectedValue(B, 7));
    form.append(boardMoveFieldNames.selected(SCREEN), boardMoveFieldNames.selectedValue(C, 1));
    form.set(boardMoveFieldNames.stage(APPLIED), "stage-onsite");
    form.set(boardMoveFieldNames.stage(SCREEN), "stage-offer");
    form.set(boardMoveFieldNames.button, APPLIED);
    expect(readBoardMoveFields(form)).toEqual({
      items: [
        { applicationId: A, expectedVersion: "3" },
        { applicationId: B, expectedVersion: "7" },
      ],
      toStageId: "stage-onsite",
    });
  });

  it("leaves the fields empty for the service to refuse when no button or a malformed value was sent", () => {
    const form = new FormData();
    form.append(boardMoveFieldNames.selected(APPLIED), boardMoveFieldNames.selectedValue(A, 3));
    expect(readBoardMoveFields(form)).toEqual({ items: [], toStageId: "" });
    form.set(boardMoveFieldNames.button, APPLIED);
    form.set(boardMoveFieldNames.selected(APPLIED), A);
    expect(readBoardMoveFields(form)).toEqual({ items: [{ applicationId: A, expectedVersion: "" }], toStageId: "" });
  });
});
