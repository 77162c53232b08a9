import { DriveState, newDriveState, waitsForVisitorInput } from "@parley/flow/runner/driveState";

/**
 * A conversation's stored position is the shared driver's state (packages/flow runner/driveState):
 * the server and the designer's test chat run conversations through the same loop. These names
 * are the server's words for it.
 */
export const ConversationState = DriveState;
export type ConversationState = DriveState;

export const newConversationState = newDriveState;

/** The stream (the running flow's, else the main one) shows a prompt and waits for the visitor. */
export const waitsForVisitor = waitsForVisitorInput;
