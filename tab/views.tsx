import { lazy, Suspense, type ComponentType } from 'react';
import type { IssueView as IssueData } from '../src/content/views';
import type { SubPage } from '../src/links';
import { ApiError, getCase, getIssue, getIssueList, getLatestIssue } from './api';
import { CasePage } from './components/CasePage/CasePage';
import { IssuePage } from './components/IssuePage/IssuePage';
import { PageTitle } from './components/PageTitle/PageTitle';
import { ErrorView, Loading } from './components/Status/Status';
import { useResource } from './hooks';

/**
 * A view whose code loads on demand. When the code cannot be fetched (offline, or a newer build
 * replaced it), the view says so instead of the whole tab going blank.
 */
function lazyView<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  thing: string,
  what: string,
) {
  return lazy(() =>
    load().catch(() => ({
      default: () => (
        <ErrorView
          thing={thing}
          what={what}
          error={new ApiError(0, 'The page could not be loaded.')}
        />
      ),
    })),
  );
}

const LibraryPage = lazyView(
  () => import('./components/LibraryPage/LibraryPage'),
  'Library',
  'The library could not be loaded.',
);
const ConfigPage = lazyView(
  () => import('./components/ConfigPage/ConfigPage'),
  'Channel set-up',
  'The issues could not be loaded.',
);

/** Where the reader is and what the host told us. */
export interface ViewProps {
  locale: string;
  inTeams: boolean;
}

function LatestIssueView({ locale, latestIssue }: ViewProps & { latestIssue?: IssueData }) {
  const issue = useResource((signal) => getLatestIssue(signal), [], latestIssue);
  if (issue.status === 'loading') return <Loading label="Loading the latest issue…" />;
  if (issue.status === 'error') {
    if (issue.error.status === 404) {
      return (
        <>
          <PageTitle>No issue yet</PageTitle>
          <p>No issue has been published yet. New issues appear here when they are ready.</p>
        </>
      );
    }
    return (
      <ErrorView
        thing="Latest issue"
        what="The latest issue could not be loaded."
        error={issue.error}
      />
    );
  }
  return <IssuePage issue={issue.data} latest locale={locale} />;
}

function IssueView({ issueNumber, locale }: ViewProps & { issueNumber: number }) {
  const issue = useResource((signal) => getIssue(issueNumber, signal), [issueNumber]);
  if (issue.status === 'loading') return <Loading label={`Loading issue ${issueNumber}…`} />;
  if (issue.status === 'error') {
    return (
      <ErrorView
        thing="Issue"
        what={`Issue ${issueNumber} could not be loaded.`}
        error={issue.error}
      />
    );
  }
  return <IssuePage issue={issue.data} latest={false} locale={locale} />;
}

function CaseStudyView({
  route,
  locale,
  inTeams,
}: ViewProps & { route: Extract<SubPage, { view: 'case' }> }) {
  const caseStudy = useResource((signal) => getCase(route.caseId, signal), [route.caseId]);
  if (caseStudy.status === 'loading') return <Loading label="Loading the case study…" />;
  if (caseStudy.status === 'error') {
    return (
      <ErrorView
        thing="Case study"
        what={`Case study ${route.caseId} could not be loaded.`}
        error={caseStudy.error}
      />
    );
  }
  return (
    <CasePage caseStudy={caseStudy.data} thread={route.thread} inTeams={inTeams} locale={locale} />
  );
}

function LibraryView({ locale }: ViewProps) {
  const library = useResource((signal) => getIssueList(signal), []);
  if (library.status === 'loading') return <Loading label="Loading the library…" />;
  if (library.status === 'error') {
    return (
      <ErrorView thing="Library" what="The library could not be loaded." error={library.error} />
    );
  }
  return (
    <Suspense fallback={<Loading label="Loading the library…" />}>
      <LibraryPage library={library.data} locale={locale} />
    </Suspense>
  );
}

/**
 * The reader's view for a route. `latestIssue` is the server's copy of the latest issue, shown
 * by the home view without loading it again.
 */
export function ReaderView({
  route,
  latestIssue,
  ...props
}: ViewProps & { route: SubPage; latestIssue?: IssueData }) {
  switch (route.view) {
    case 'latest':
      return <LatestIssueView latestIssue={latestIssue} {...props} />;
    case 'issue':
      return <IssueView key={route.issueNumber} issueNumber={route.issueNumber} {...props} />;
    case 'case':
      return <CaseStudyView key={route.caseId} route={route} {...props} />;
    case 'library':
      return <LibraryView {...props} />;
  }
}

/** The channel tab's configuration page. */
export function ConfigView({ inTeams }: ViewProps) {
  const library = useResource((signal) => getIssueList(signal), []);
  if (library.status === 'loading') return <Loading label="Loading the issues…" />;
  if (library.status === 'error') {
    return (
      <ErrorView
        thing="Channel set-up"
        what="The issues could not be loaded."
        error={library.error}
      />
    );
  }
  return (
    <Suspense fallback={<Loading label="Loading…" />}>
      <ConfigPage issues={library.data.issues} inTeams={inTeams} />
    </Suspense>
  );
}
