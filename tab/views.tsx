import { lazy, Suspense, type ComponentType } from 'react';
import type { IssueView as IssueData } from '../src/content/views';
import type { SubPage } from '../src/links';
import { ApiError, getCase, getIssue, getIssueList, getLatestIssue } from './api';
import { CasePage } from './components/CasePage/CasePage';
import { Feedback, OpenPolls } from './components/FeedbackForm/Feedback';
import type { MeetingViewProps } from './components/MeetingView/MeetingView';
import { IssuePage } from './components/IssuePage/IssuePage';
import { PageTitle } from './components/PageTitle/PageTitle';
import { ErrorView, Loading, type ErrorTitles } from './components/Status/Status';
import { useResource } from './hooks';
import { useText, type TabKey } from './i18n';

/**
 * A view whose code loads on demand. When the code cannot be fetched (offline, or a newer build
 * replaced it), the view says so instead of the whole tab going blank.
 */
function lazyView<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  titles: ErrorTitles,
  what: TabKey,
) {
  return lazy(() =>
    load().catch(() => ({
      default: function ViewUnavailable() {
        const { text } = useText();
        return <ErrorView titles={titles} what={text(what)} error={new ApiError(0)} />;
      },
    })),
  );
}

const libraryTitles: ErrorTitles = { notFound: 'library.notFound', other: 'library.unavailable' };
const configTitles: ErrorTitles = { notFound: 'config.notFound', other: 'config.unavailable' };

const LibraryPage = lazyView(
  () => import('./components/LibraryPage/LibraryPage'),
  libraryTitles,
  'library.error',
);
/** An issue as published, at a page: the view and PDF.js load only when it is opened. */
const IssuePages = lazyView(
  () => import('./components/IssuePages/IssuePages'),
  { notFound: 'issue.notFound', other: 'issue.unavailable' },
  'pages.viewerError',
);
/** Insights for a learning lead or an editor: the view, its tables and charts load on demand. */
const InsightsPage = lazyView(
  () => import('./components/InsightsPage/InsightsPage'),
  { notFound: 'insightsView.unavailable', other: 'insightsView.unavailable' },
  'insightsView.error',
);
/** The IOPC's editors' screen of readers' comments: its code loads when it is opened. */
const EditorComments = lazyView(
  () => import('./components/EditorComments/EditorComments'),
  { notFound: 'commentsView.unavailable', other: 'commentsView.unavailable' },
  'commentsView.error',
);
const ConfigPage = lazyView(
  () => import('./components/ConfigPage/ConfigPage'),
  configTitles,
  'config.error',
);

/** "My learning": its view and messages load only when it is opened. */
const LearningRecord = lazyView(
  () => import('./components/LearningRecord/LearningRecord'),
  { notFound: 'learning.unavailable', other: 'learning.unavailable' },
  'learning.error',
);

/** The learning lead's view of the force's responses: its code loads when it is opened. */
const ForceResponses = lazyView(
  () => import('./components/ForceResponses/ForceResponses'),
  { notFound: 'forceView.unavailable', other: 'forceView.unavailable' },
  'forceView.error',
);

function ForceView({ inTeams }: ViewProps) {
  const { text } = useText();
  return (
    <Suspense fallback={<Loading label={text('shell.loading')} />}>
      <ForceResponses inTeams={inTeams} />
    </Suspense>
  );
}

const meetingTitles: ErrorTitles = {
  notFound: 'meeting.unavailable',
  other: 'meeting.unavailable',
};

const MeetingPage = lazyView(
  () => import('./components/MeetingView/MeetingView'),
  meetingTitles,
  'meeting.error',
);
const MeetingConfig = lazyView(
  () => import('./components/MeetingConfig/MeetingConfig'),
  configTitles,
  'config.error',
);

/** What the host told us. */
export interface ViewProps {
  inTeams: boolean;
}

function LatestIssueView({ latestIssue, inTeams }: ViewProps & { latestIssue?: IssueData }) {
  const { text, language } = useText();
  const issue = useResource((signal) => getLatestIssue(language, signal), [language], latestIssue);
  if (issue.status === 'loading') return <Loading label={text('latest.loading')} />;
  if (issue.status === 'error') {
    if (issue.error.status === 404) {
      return (
        <>
          <PageTitle>{text('latest.none.title')}</PageTitle>
          <p>{text('latest.none.text')}</p>
        </>
      );
    }
    return (
      <ErrorView
        titles={{ notFound: 'latest.unavailable', other: 'latest.unavailable' }}
        what={text('latest.error')}
        error={issue.error}
      />
    );
  }
  return (
    <IssuePage
      issue={issue.data}
      latest
      footer={
        <>
          <OpenPolls inTeams={inTeams} />
          <Feedback item={{ issue: issue.data.number }} inTeams={inTeams} />
        </>
      }
    />
  );
}

function IssueView({ issueNumber, inTeams }: ViewProps & { issueNumber: number }) {
  const { text, language } = useText();
  const issue = useResource(
    (signal) => getIssue(issueNumber, language, signal),
    [issueNumber, language],
  );
  if (issue.status === 'loading') {
    return <Loading label={text('issue.loading', { number: issueNumber })} />;
  }
  if (issue.status === 'error') {
    return (
      <ErrorView
        titles={{ notFound: 'issue.notFound', other: 'issue.unavailable' }}
        what={text('issue.error', { number: issueNumber })}
        error={issue.error}
      />
    );
  }
  return (
    <IssuePage
      issue={issue.data}
      latest={false}
      footer={<Feedback item={{ issue: issue.data.number }} inTeams={inTeams} />}
    />
  );
}

function IssuePagesView({ issueNumber, page }: { issueNumber: number; page: number }) {
  const { text } = useText();
  return (
    <Suspense fallback={<Loading label={text('shell.loading')} />}>
      <IssuePages issueNumber={issueNumber} page={page} />
    </Suspense>
  );
}

function CaseStudyView({
  route,
  inTeams,
}: ViewProps & { route: Extract<SubPage, { view: 'case' }> }) {
  const { text, language } = useText();
  const caseStudy = useResource(
    (signal) => getCase(route.caseId, language, signal),
    [route.caseId, language],
  );
  if (caseStudy.status === 'loading') return <Loading label={text('case.loading')} />;
  if (caseStudy.status === 'error') {
    return (
      <ErrorView
        titles={{ notFound: 'case.notFound', other: 'case.unavailable' }}
        what={text('case.error', { id: route.caseId })}
        error={caseStudy.error}
      />
    );
  }
  return <CasePage caseStudy={caseStudy.data} thread={route.thread} inTeams={inTeams} />;
}

function LibraryView() {
  const { text, language } = useText();
  const library = useResource((signal) => getIssueList(language, signal), [language]);
  if (library.status === 'loading') return <Loading label={text('library.loading')} />;
  if (library.status === 'error') {
    return <ErrorView titles={libraryTitles} what={text('library.error')} error={library.error} />;
  }
  return (
    <Suspense fallback={<Loading label={text('library.loading')} />}>
      <LibraryPage library={library.data} />
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
  inTeams,
}: ViewProps & { route: SubPage; latestIssue?: IssueData }) {
  const { text } = useText();
  switch (route.view) {
    case 'latest':
      return <LatestIssueView latestIssue={latestIssue} inTeams={inTeams} />;
    case 'issue':
      return (
        <IssueView key={route.issueNumber} issueNumber={route.issueNumber} inTeams={inTeams} />
      );
    case 'issuePages':
      return (
        <IssuePagesView key={route.issueNumber} issueNumber={route.issueNumber} page={route.page} />
      );
    case 'case':
      return <CaseStudyView key={route.caseId} route={route} inTeams={inTeams} />;
    case 'library':
      return <LibraryView />;
    case 'learning':
      return (
        <Suspense fallback={<Loading label={text('shell.loading')} />}>
          <LearningRecord addCaseId={route.addCaseId} inTeams={inTeams} />
        </Suspense>
      );
    case 'force':
      return <ForceView inTeams={inTeams} />;
    case 'insights':
      return (
        <Suspense fallback={<Loading label={text('shell.loading')} />}>
          <InsightsPage inTeams={inTeams} />
        </Suspense>
      );
    case 'comments':
      return (
        <Suspense fallback={<Loading label={text('shell.loading')} />}>
          <EditorComments inTeams={inTeams} />
        </Suspense>
      );
  }
}

/** The tab's configuration page: in a meeting it adds the side panel, in a channel it asks what to show. */
export function ConfigView({ inTeams, inMeeting }: ViewProps & { inMeeting: boolean }) {
  const { text } = useText();
  if (inMeeting) {
    return (
      <Suspense fallback={<Loading label={text('shell.loading')} />}>
        <MeetingConfig />
      </Suspense>
    );
  }
  return <ChannelConfigView inTeams={inTeams} />;
}

function ChannelConfigView({ inTeams }: ViewProps) {
  const { text, language } = useText();
  const library = useResource((signal) => getIssueList(language, signal), [language]);
  if (library.status === 'loading') return <Loading label={text('config.loading')} />;
  if (library.status === 'error') {
    return <ErrorView titles={configTitles} what={text('config.error')} error={library.error} />;
  }
  return (
    <Suspense fallback={<Loading label={text('shell.loading')} />}>
      <ConfigPage issues={library.data.issues} inTeams={inTeams} />
    </Suspense>
  );
}

/** The meeting page: the side panel, or the stage view of a shared case. */
export function MeetingPageView(props: MeetingViewProps) {
  const { text } = useText();
  return (
    <Suspense fallback={<Loading label={text('shell.loading')} />}>
      <MeetingPage {...props} />
    </Suspense>
  );
}
