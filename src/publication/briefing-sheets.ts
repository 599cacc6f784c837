import { createHash } from 'node:crypto';
import { AUDIENCES, type Audience, type Library } from '../content/model';
import type { Language } from '../i18n/language';
import { briefingSheet } from './briefing-sheet';

/** Which sheet: a case, the roles whose questions it carries (all when none), a language. */
export interface BriefingSheetRequest {
  caseId: string;
  audiences: readonly Audience[];
  language: Language;
}

/** A briefing sheet made, with a strong validator of its bytes. */
export interface MadeSheet {
  pdf: Buffer;
  /** Quoted, as an HTTP `ETag`. */
  etag: string;
}

/**
 * The briefing sheets of the current library: each made when first asked for and kept (the most
 * recently used `capacity` of them) until the library changes. A sheet asked for again while it
 * is being made waits for the same one.
 */
export class BriefingSheets {
  private readonly made = new Map<string, Promise<MadeSheet>>();
  private madeFrom: Library | undefined;

  constructor(
    private readonly library: () => Library,
    private readonly capacity = 200,
  ) {}

  /** The sheet, or undefined when the library has no such case. */
  async sheet(request: BriefingSheetRequest): Promise<MadeSheet | undefined> {
    const library = this.library();
    if (library !== this.madeFrom) {
      this.made.clear();
      this.madeFrom = library;
    }
    const caseStudy = library.caseStudy(request.caseId);
    const issue = caseStudy && library.issue(caseStudy.issueNumber);
    if (!caseStudy || !issue) return undefined;
    const audiences = AUDIENCES.filter((audience) => request.audiences.includes(audience));
    const key = `${caseStudy.id}|${audiences.join(',')}|${request.language}`;
    let sheet = this.made.get(key);
    if (sheet) {
      this.made.delete(key);
    } else {
      sheet = briefingSheet({ issue, caseStudy, audiences, language: request.language }).then(
        (pdf) => ({ pdf, etag: `"${createHash('sha256').update(pdf).digest('base64url')}"` }),
      );
      sheet.catch(() => this.made.delete(key));
    }
    this.made.set(key, sheet);
    while (this.made.size > this.capacity) this.made.delete(this.made.keys().next().value!);
    return sheet;
  }
}
