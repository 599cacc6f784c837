export { briefingSheet, type BriefingSheetInput } from './briefing-sheet';
export { BriefingSheets, type BriefingSheetRequest } from './briefing-sheets';
export { issueDocument, type IssueDocument } from './issue-document';
export { TaggedPdf, type TaggedPdfOptions } from './tagged-pdf';
