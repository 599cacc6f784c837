export { issueDocument, type IssueDocument } from './issue-document';
export { TaggedPdf, type TaggedPdfOptions } from './tagged-pdf';
