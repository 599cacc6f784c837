export { TaggedPdf, type TaggedPdfOptions } from './tagged-pdf';
