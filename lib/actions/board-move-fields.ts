/**
 * Without JavaScript the board posts one form for all its cards (a form per card cost every board
 * render more than the rest of the card): each card's stage list is `toStageId.<application id>`
 * and its Move button submits `move=<application id>:<version>`. Only the pressed button is sent,
 * so it says which card moves and from which version (a stale page is refused as elsewhere).
 */
export const boardMoveFieldNames = {
  stage: (applicationId: string) => `toStageId.${applicationId}`,
  button: "move",
  buttonValue: (applicationId: string, version: number) => `${applicationId}:${version}`,
} as const;

export function readBoardMoveFields(formData: FormData): { applicationId: string; toStageId: string; expectedVersion: string } {
  const pressed = String(formData.get(boardMoveFieldNames.button) ?? "");
  const colon = pressed.lastIndexOf(":");
  const applicationId = colon < 0 ? pressed : pressed.slice(0, colon);
  return {
    applicationId,
    toStageId: String(formData.get(boardMoveFieldNames.stage(applicationId)) ?? ""),
    expectedVersion: colon < 0 ? "" : pressed.slice(colon + 1),
  };
}
