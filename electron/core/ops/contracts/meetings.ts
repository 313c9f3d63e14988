// Meetings, the documents they adopt, and the documents' source files.
import { z } from 'zod'
import { DocumentInput, Id, MeetingInput, type Document, type Meeting } from '../../schema'
import { byId, noArgs, op } from '../spec'

export const meetingsContract = {
  listMeetings: op<Meeting[]>()(noArgs),
  createMeeting: op<Meeting>()(MeetingInput),
  updateMeeting: op<Meeting>()(z.object({ id: Id, input: MeetingInput }).strict()),
  /** Refused, with what depends on it, while documents or briefs point to the meeting. */
  deleteMeeting: op<void>()(byId),

  listDocuments: op<Document[]>()(noArgs),
  createDocument: op<Document>()(DocumentInput),
  updateDocument: op<Document>()(z.object({ id: Id, input: DocumentInput }).strict()),
  /** Refused, with what depends on it, while commitments or other documents point to it. */
  deleteDocument: op<void>()(byId),

  /** Asks the user for files (the shell's file dialog) and copies them into the data folder. */
  addSourceFiles: op<Document>()(z.object({ documentId: Id }).strict()),
  /** Opens a source file with the system's viewer. */
  openSourceFile: op<void>()(z.object({ documentId: Id, fileId: Id }).strict()),
  removeSourceFile: op<Document>()(z.object({ documentId: Id, fileId: Id }).strict()),
}
