/**
 * Without JavaScript the board posts one form (BoardMoveForm) for all its columns: each card's
 * checkbox is `selected.<its column's stage id>` with the value `<application id>:<version>`, each
 * column's stage list is `toStageId.<stage id>`, and its Move button submits `move=<stage id>`.
 * Only the pressed button is sent, so it says which column's selection moves where; the versions
 * the page showed travel with it, so a stale page is refused as elsewhere.
 */
export const boardMoveFieldNames = {
  selected: (stageId: string) => `selected.${stageId}`,
  selectedValue: (applicationId: string, version: number) => `${applicationId}:${version}`,
  stage: (stageId: string) => `toStageId.${stageId}`,
  button: "move",
} as const;

export interface BoardMoveFields {
  items: { applicationId: string; expectedVersion: string }[];
  toStageId: string;
}

export function readBoardMoveFields(formData: FormData): BoardMoveFields {
  const column = String(formData.get(boardMoveFieldNames.button) ?? "");
  if (!column) return { items: [], toStageId: "" };
  const items = formData.getAll(boardMoveFieldNames.selected(column)).map((value) => {
    const text = String(value);
    const colon = text.lastIndexOf(":");
    return colon < 0 ? { applicationId: text, expectedVersion: "" } : { applicationId: text.slice(0, colon), expectedVersion: text.slice(colon + 1) };
  });
  return { items, toStageId: String(formData.get(boardMoveFieldNames.stage(column)) ?? "") };
}
