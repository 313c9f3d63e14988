import type { DocumentInput } from '../../../../../electron/core/schema'

/** What a party did, in the words of how the document was adopted: signed it, approved it through another, or took note of it. */
export const partyWords = (mode: DocumentInput['adoption']['mode']) =>
  mode === 'signed'
    ? { header: 'documents.partySigned', yes: 'documents.signedYes', no: 'documents.signedNo' }
    : { header: `documents.partyAgreed_${mode}`, yes: `documents.agreedYes_${mode}`, no: `documents.agreedNo_${mode}` }
