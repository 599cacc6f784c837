import { Button, Field, Input, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { IssueView } from '../../../src/content/views';
import { issuePagesSubPage } from '../../../src/links';
import { getIssue } from '../../api';
import { useResource } from '../../hooks';
import { useContentLang, useText } from '../../i18n';
import { PageTitle } from '../PageTitle/PageTitle';
import { SampleLabel } from '../SampleLabel/SampleLabel';
import { ErrorView, Loading } from '../Status/Status';
import { TabLink } from '../TabLink/TabLink';
import { useIssuePagesStyles } from './IssuePages.styles';
import { drawPage, openDocument, pageWidth } from './pdf';
import { useViewerText } from './viewerText';

export interface IssuePagesProps {
  issueNumber: number;
  /** The page the link names, from 1. */
  page: number;
}

/** An issue with its PDF. */
type PublishedIssue = IssueView & { publishedPdf: NonNullable<IssueView['publishedPdf']> };

/** Zoom levels, as a share of the page's width fitted to the view. */
const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3] as const;
const FIT = 2;

/** Goes to a page of the issue: a new history entry, so back returns to the page before. */
function goTo(issueNumber: number, page: number): void {
  window.location.hash = `#${issuePagesSubPage(issueNumber, page)}`;
}

/**
 * The issue as published (`#/issues/44/pages/7`), once its details are loaded in the reader's
 * language; an issue without its PDF says so and leads to its case studies.
 */
export default function IssuePages({ issueNumber, page }: IssuePagesProps) {
  const { language } = useText();
  const v = useViewerText();
  const issue = useResource(
    (signal) => getIssue(issueNumber, language, signal),
    [issueNumber, language],
  );
  if (issue.status === 'loading') {
    return <Loading label={v.text('viewer.loadingIssue', { number: issueNumber })} />;
  }
  if (issue.status === 'error') {
    return (
      <ErrorView
        titles={{ notFound: 'issue.notFound', other: 'issue.unavailable' }}
        what={v.text('viewer.issueError', { number: issueNumber })}
        error={issue.error}
      />
    );
  }
  const { publishedPdf } = issue.data;
  if (!publishedPdf) {
    return (
      <>
        <PageTitle>{v.text('viewer.none', { number: issueNumber })}</PageTitle>
        <p>
          <TabLink href={`#/issues/${issueNumber}`}>{v.text('viewer.noneText')}</TabLink>
        </p>
      </>
    );
  }
  return <Pages issue={{ ...issue.data, publishedPdf }} page={page} />;
}

/**
 * The issue as published, a page at a time: the page drawn by PDF.js with its text layer (so its
 * text can be selected, found and read by a screen reader), previous and next as links and by
 * keyboard on the page, a page number to go to, and zoom from half to three times the width of
 * the view (fitted to the width at first, so it works at 320 px). Each page has its own link.
 */
function Pages({ issue, page }: { issue: PublishedIssue; page: number }) {
  const styles = useIssuePagesStyles();
  const v = useViewerText();
  const lang = useContentLang(issue.language);
  /** The PDF is the issue as published, in English. */
  const pdfLang = useContentLang('en');
  const hintId = useId();
  const count = issue.publishedPdf.pageCount;
  const [document, setDocument] = useState<PDFDocumentProxy | null>(null);
  const [failed, setFailed] = useState(false);
  const [zoom, setZoom] = useState<number>(FIT);
  const [width, setWidth] = useState(0);
  const [drawn, setDrawn] = useState<number | null>(null);
  const [draft, setDraft] = useState(String(page));
  const viewport = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const text = useRef<HTMLDivElement>(null);
  const exists = page >= 1 && page <= count;

  useEffect(() => setDraft(String(page)), [page]);

  useEffect(() => {
    let current = true;
    openDocument(issue.publishedPdf.url).then(
      (opened) => current && setDocument(opened),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [issue.publishedPdf.url]);

  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    setWidth(element.clientWidth);
    return () => observer.disconnect();
  }, [exists, failed]);

  useEffect(() => {
    if (!document || !exists || width === 0 || !frame.current || !canvas.current || !text.current)
      return;
    const parts = { frame: frame.current, canvas: canvas.current, text: text.current };
    let drawing: ReturnType<typeof drawPage> | undefined;
    let current = true;
    setDrawn(null);
    pageWidth(document, page)
      .then((natural) => {
        if (!current) return;
        drawing = drawPage(document, page, (width / natural) * ZOOMS[zoom]!, parts);
        return drawing.done.then(() => current && setDrawn(page));
      })
      .catch((error: unknown) => {
        if (current && (error as { name?: string }).name !== 'RenderingCancelledException') {
          setFailed(true);
        }
      });
    return () => {
      current = false;
      drawing?.cancel();
    };
  }, [document, page, zoom, width, exists]);

  const heading = v.text('viewer.title', { number: issue.number, title: issue.title });
  const pageLabel = v.text('viewer.page', { page, count });
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const scrolls = event.currentTarget.scrollWidth > event.currentTarget.clientWidth;
    const step =
      event.key === 'PageDown' || (event.key === 'ArrowRight' && !scrolls)
        ? 1
        : event.key === 'PageUp' || (event.key === 'ArrowLeft' && !scrolls)
          ? -1
          : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = page + step;
    if (next >= 1 && next <= count) goTo(issue.number, next);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const wanted = Number(draft);
    if (Number.isInteger(wanted) && wanted >= 1 && wanted <= count) goTo(issue.number, wanted);
    else setDraft(String(page));
  };

  return (
    <>
      <PageTitle documentTitle={heading}>
        {v.rich('viewer.title', {
          number: issue.number,
          title: <span {...lang}>{issue.title}</span>,
        })}
      </PageTitle>
      {issue.sample && <SampleLabel />}
      <p className={styles.links}>
        <TabLink href={`#/issues/${issue.number}`}>
          {v.text('viewer.back', { number: issue.number })}
        </TabLink>
        <TabLink href={issue.publishedPdf.url} target="_blank" rel="noopener noreferrer">
          {v.text('viewer.download')}
        </TabLink>
      </p>
      {failed ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{v.text('viewer.failed')}</MessageBarBody>
        </MessageBar>
      ) : !exists ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            {v.text('viewer.noPage', { page, count })}{' '}
            <TabLink href={`#${issuePagesSubPage(issue.number, 1)}`}>
              {v.text('viewer.firstPage')}
            </TabLink>
          </MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <nav aria-label={v.text('viewer.controls')} className={styles.controls}>
            {page > 1 ? (
              <Button as="a" href={`#${issuePagesSubPage(issue.number, page - 1)}`} rel="prev">
                {v.text('viewer.previous')}
              </Button>
            ) : (
              <Button disabled>{v.text('viewer.previous')}</Button>
            )}
            <form className={styles.pageForm} onSubmit={onSubmit}>
              <Field label={v.text('viewer.pageNumber')}>
                <Input
                  className={styles.pageInput}
                  type="number"
                  min={1}
                  max={count}
                  value={draft}
                  onChange={(_, data) => setDraft(data.value)}
                />
              </Field>
              <Button type="submit">{v.text('viewer.go')}</Button>
            </form>
            {page < count ? (
              <Button as="a" href={`#${issuePagesSubPage(issue.number, page + 1)}`} rel="next">
                {v.text('viewer.next')}
              </Button>
            ) : (
              <Button disabled>{v.text('viewer.next')}</Button>
            )}
            <span className={styles.zoom}>
              <Button disabled={zoom === 0} onClick={() => setZoom(zoom - 1)}>
                {v.text('viewer.zoomOut')}
              </Button>
              <Button disabled={zoom === ZOOMS.length - 1} onClick={() => setZoom(zoom + 1)}>
                {v.text('viewer.zoomIn')}
              </Button>
              <Button disabled={zoom === FIT} onClick={() => setZoom(FIT)}>
                {v.text('viewer.fit')}
              </Button>
            </span>
          </nav>
          <p className={styles.status} role="status">
            {pageLabel} · {v.text('viewer.zoom', { percent: ZOOMS[zoom]! })}
          </p>
          <p id={hintId} className={styles.hint}>
            {v.text('viewer.keys')}
          </p>
          {!document && <Loading label={v.text('viewer.loading', { page })} />}
          <div
            ref={viewport}
            className={styles.viewport}
            role="region"
            aria-label={pageLabel}
            aria-describedby={hintId}
            aria-busy={drawn !== page}
            tabIndex={0}
            onKeyDown={onKeyDown}
          >
            <div ref={frame} className={styles.frame} {...pdfLang}>
              <canvas ref={canvas} className={styles.canvas} aria-hidden="true" />
              <div ref={text} className={styles.textLayer} />
            </div>
          </div>
        </>
      )}
    </>
  );
}
