/**
 * The tab's messages in English (the source). ICU MessageFormat; write ’ for an apostrophe.
 * Plain data: no imports. The tab loads this one with its first script and the Welsh on demand.
 */
export default {
  language: 'en',
  needsReview: false,
  messages: {
    'page.documentTitle': '{title} – Learning the Lessons',
    'page.noScript': 'Learning the Lessons needs JavaScript to show the magazine.',
    'shell.opening': 'Opening Learning the Lessons…',
    'shell.loading': 'Loading…',
    'shell.nav': 'Main',
    'shell.nav.latest': 'Latest issue',
    'shell.nav.library': 'Library and search',
    'shell.nav.learning': 'My learning',
    'shell.nav.insights': 'Insights',
    'insightsView.unavailable': 'Insights are not available',
    'insightsView.error': 'the insights',
    'shell.nav.comments': 'Readers’ comments',
    'commentsView.unavailable': 'Readers’ comments are not available',
    'commentsView.error': 'the readers’ comments',

    /** The switch to the other language, written in that language. */
    'shell.otherLanguage': 'Cymraeg',
    'shell.footer': 'About this service',
    'shell.footer.accessibility': 'Accessibility statement (opens in a new window)',
    'shell.footer.privacy': 'Privacy notice (opens in a new window)',

    'error.unreachable': 'The service could not be reached. Check your connection and try again.',
    'error.notFound': 'It may have been moved or the link may be wrong.',
    'error.server': 'The service had a problem. Try again in a few minutes.',
    'error.other': 'It could not be shown. Try again, or close and reopen the tab.',

    'latest.loading': 'Loading the latest issue…',
    'latest.none.title': 'No issue yet',
    'latest.none.text':
      'No issue has been published yet. New issues appear here when they are ready.',
    'latest.unavailable': 'Latest issue unavailable',
    'latest.error': 'The latest issue could not be loaded.',

    'issue.loading': 'Loading issue {number}…',
    'issue.notFound': 'Issue not found',
    'issue.unavailable': 'Issue unavailable',
    'issue.error': 'Issue {number} could not be loaded.',
    'issue.eyebrow': 'Latest issue',
    'issue.meta': 'Theme: {theme}. Published {date}.',
    'issue.foreword': 'Foreword',
    'issue.cases': 'Case studies ({count})',
    'issue.articles': 'Feature articles',
    'issue.byline': 'By {author}, {organisation}',
    'issue.more': 'More from this issue',
    'issue.pdf': 'Read issue {number} as a PDF (opens in a new window)',
    'issue.feedback': 'Tell us what you think of issue {number} (opens in a new window)',
    'issue.readAsPublished': 'Read issue {number} as published, page by page',
    'contentWarning.hide': 'Hide this warning',

    'case.loading': 'Loading the case study…',
    'case.notFound': 'Case study not found',
    'case.unavailable': 'Case study unavailable',
    'case.error': 'Case study {id} could not be loaded.',
    'case.factors': 'Factors:',
    'case.audiences': 'For:',
    'case.whatHappened': 'What happened',
    'case.forceResponse': 'What the force did',
    'case.outcomes': 'Outcomes for the officers and staff',
    'case.pager': 'Other case studies in this issue',
    'case.previous': 'Previous case study',
    'case.next': 'Next case study',
    'case.seeInIssue': 'See it in the issue as published (page {page})',
    'case.sheetForRole':
      'Briefing sheet with the questions for {role} (PDF, opens in a new window)',
    'case.sheetEveryRole':
      'Briefing sheet with every role’s questions (PDF, opens in a new window)',
    'questions.role': 'I am a …',
    'questions.chooseRole': 'Choose your role',
    'questions.noneForRole': 'This case has no questions for {role}; here are the others.',
    'questions.yourRole': '{role} (your role)',

    'discussion.title': 'Your team’s discussion',
    'discussion.loading': 'Loading your team’s discussion…',
    'discussion.noToken':
      'Teams could not confirm who you are, so your team’s discussion is hidden.',
    'discussion.refused':
      'The service did not accept your Teams sign-in, so your team’s discussion is hidden. Close and reopen the tab to try again.',
    'discussion.forbidden':
      'This discussion belongs to a team you are not a member of, so it is hidden from you.',
    'discussion.notFound': 'This discussion could not be found. The post may have been removed.',
    'discussion.failed': 'The discussion could not be loaded just now. Try again in a few minutes.',
    'discussion.empty': 'No one in your team has replied yet.',
    'discussion.edited': '{time} (edited)',
    'discussion.reply': 'Reply in Teams (opens the thread)',
    'discussion.outsideTeams':
      'The discussion is shown only inside Microsoft Teams, where Teams can confirm who you are and that you belong to the team. Open this case from the post in your channel to see it.',

    'pages.viewerError': 'The pages of the issue could not be shown.',

    'library.loading': 'Loading the library…',
    'library.notFound': 'Library not found',
    'library.unavailable': 'Library unavailable',
    'library.error': 'The library could not be loaded.',
    'case.addToLearning': 'Add to my learning record',
    'learning.unavailable': 'My learning is unavailable',
    'learning.error': 'Your learning record could not be loaded.',
    'forceView.unavailable': 'Force responses unavailable',
    'forceView.error': 'The force’s responses could not be loaded.',
    'library.title': 'Library',
    'library.everyIssue': 'Every issue',
    'library.empty':
      'The library has no issues yet. New issues appear here when they are published.',
    'library.theme': 'Theme',
    'library.allThemes': 'All themes',
    'library.issueMeta':
      'Theme: {theme}. Published {date}. {count, plural, one {# case study} other {# case studies}}.',
    'library.hasWarning': 'Has a content warning.',

    'search.title': 'Search case studies',
    'search.words': 'Search words',
    'search.factor': 'Factor',
    'search.allFactors': 'All factors',
    'search.role': 'Role',
    'search.allRoles': 'All roles',
    'search.idle': 'Type words or choose a factor or role to find case studies.',
    'search.error': 'The search could not be completed. Try again in a moment.',
    'search.none': 'No case studies match. Try fewer words or other filters.',
    'search.count': '{count, plural, one {# case study matches.} other {# case studies match.}}',
    'search.hitIssue': 'Issue {number}: {theme}',

    'config.loading': 'Loading the issues…',
    'config.notFound': 'Channel set-up not found',
    'config.unavailable': 'Channel set-up unavailable',
    'config.error': 'The issues could not be loaded.',
    'config.title': 'Add Learning the Lessons to this channel',
    'config.outsideTeams.title': 'Open this page from Teams',
    'config.outsideTeams':
      'This page sets up the tab inside Microsoft Teams. Open it from a channel’s “Add a tab” to save your choice.',
    'config.question': 'What should the tab show?',
    'config.latest': 'Always the latest issue',
    'config.chosen': 'One chosen issue',
    'config.issue': 'Issue',
    'config.hint': 'Then select Save to add the tab.',
    'config.saveFailed': 'The tab could not be saved. Try again.',
    'config.tabName': 'Learning the Lessons',
    'config.tabNameIssue': 'Learning the Lessons {number}',
    'config.meeting.title': 'Add Learning the Lessons to this meeting',
    'config.meeting.text':
      'In the meeting, open the app’s side panel to choose a case study, show it on the meeting stage and post it in the meeting chat.',
    'config.meeting.tabName': 'Learning the Lessons',

    'meeting.unavailable': 'Meeting view unavailable',
    'meeting.title': 'Brief the meeting',
    'meeting.intro':
      'Choose a case study and the roles present, then show it on the meeting stage or post it in the meeting chat.',
    'meeting.outside.title': 'Open this in a Teams meeting',
    'meeting.outside':
      'Showing a case on the meeting stage and posting it in the meeting chat work in a Teams meeting. Here you can open the stage view in a new window.',
    'meeting.search': 'Find a case study',
    'meeting.cases': 'Case study',
    'meeting.cases.latest': 'From the latest issue. Type above to search every issue.',
    'meeting.loading': 'Loading case studies…',
    'meeting.error': 'The case studies could not be loaded. Try again in a moment.',
    'meeting.roles': 'Questions for the roles present',
    'meeting.roles.hint': 'None chosen: every role’s questions.',
    'meeting.chosen': 'Chosen: {title}',
    'meeting.chooseFirst': 'Choose a case study first.',
    'meeting.share': 'Show on the meeting stage',
    'meeting.share.sharing': 'Sharing to the meeting stage…',
    'meeting.share.done':
      'Shown on the meeting stage. Move it on with the arrow keys or the buttons on the stage.',
    'meeting.share.notAllowed':
      'Teams did not let the app share to the stage. Only the meeting’s presenters can share.',
    'meeting.share.failed': 'The case could not be shown on the stage. Try again.',
    'meeting.openStage': 'Open the stage view (opens in a new window)',
    'meeting.post': 'Post to the meeting chat',
    'meeting.post.posting': 'Posting to the meeting chat…',
    'meeting.post.done': 'Posted in the meeting chat.',
    'meeting.post.signIn':
      'Teams could not confirm who you are, so the case was not posted. Close and reopen the side panel to try again.',
    'meeting.post.forbidden':
      'The case was not posted: only people in this meeting’s chat can post to it, in a force that has enabled the app.',
    'meeting.post.notInChat':
      'Learning the Lessons is not in this meeting’s chat yet. Add it to the meeting, then try again.',
    'meeting.post.busy': 'Teams is busy just now. Try again in a minute.',
    'meeting.post.failed': 'The case could not be posted just now. Try again in a few minutes.',

    'stage.waiting.title': 'Nothing on the stage yet',
    'stage.waiting':
      'The presenter chooses a case study in the app’s side panel and shows it here.',
    'stage.parts': 'Parts of the case study',
    'stage.part': 'Part {number} of {count}',
    'stage.announce': 'Part {number} of {count}: {section}',
    'stage.previous': 'Previous part',
    'stage.next': 'Next part',
    'stage.keys': 'Move between parts with the arrow keys or these buttons.',
  },
};
