/**
 * The bot's replies and cards in English (the source). ICU MessageFormat; `**bold**` and
 * `` `code` `` are Teams' Markdown. Command names are what people type: the bot understands the
 * English and the Welsh name of each, and the manifest lists them (a test holds them equal).
 * Plain data: no imports.
 */
export default {
  language: 'en',
  needsReview: false,
  messages: {
    'command.help.name': 'help',
    'command.help.description': 'Show what I can do',
    'command.status.name': 'status',
    'command.status.description':
      'Show this channel’s weekly case study, next post and last discussion',
    'command.pause.name': 'pause',
    'command.pause.description': 'Pause the weekly case study in this channel',
    'command.resume.name': 'resume',
    'command.resume.description': 'Resume the weekly case study in this channel',
    'command.postNow.name': 'post now',
    'command.postNow.description': 'Post this channel’s next case study now',
    'command.unsubscribe.name': 'unsubscribe',
    'command.unsubscribe.description': 'Stop the weekly case study in this channel',
    'command.actions.name': 'actions',
    'command.actions.description': 'This team’s open actions from its responses to case studies',
    'command.latest.name': 'latest',
    'command.latest.description': 'The latest issue and its case studies',
    'command.case.name': 'case',
    'command.case.description': 'Show a case study by its id, such as “case 44-3”',
    'command.search.name': 'search',
    'command.search.description': 'Find case studies about a topic, such as “search mental health”',

    'help.team': 'Mention me with one of these in a channel:',
    'help.personal': 'Here is what I can do in this chat:',
    'help.line': '- **{name}**: {description}',
    /** How to get the help in the other language, written in that language. */
    'help.otherLanguage': 'Yn Gymraeg: dywedwch **{command}**.',

    'welcome.personal':
      'Hello, I’m Learning the Lessons. I bring the IOPC’s case studies and reflective questions to Teams. Ask me for the **{latest}** issue, a **{case}** by its id (such as `{case} 44-3`), or **{search}** for a topic. Say **{help}** at any time.',
    notEnabled:
      'Learning the Lessons is not enabled for your organisation yet. Please ask your IT team to approve it.',
    turnFailed: 'Sorry, something went wrong on our side. Please try again later.',

    'latest.none': 'No issue has been published yet.',
    'latest.heading': '**Issue {number}: {title}** ({date})',
    'latest.case': '- {id}: {title}',
    'latest.hint': 'Say **{command}** and an id, such as `{command} {id}`, to read one.',
    'case.notFound':
      'I can’t find that case. Case ids look like `44-3`; say **{latest}** to see some.',
    'search.empty': 'Say **{command}** and a few words, such as `{command} mental health`.',
    'search.none': 'No case studies match those words.',
    'search.heading': '**Case studies that match**',
    'search.hint': 'Say **{command}** and an id to read one.',

    'status.heading':
      '**Weekly case study in this channel: {status, select, active {on} other {paused}}**',
    'status.when': '- When: {when}',
    'status.audiences': '- Questions for: {audiences}',
    'status.themes': '- Themes: {themes}',
    'status.everyTheme': 'every theme',
    'status.language': '- Language: {language}',
    'status.next': '- Next post: {next}',
    'status.last': '- Last case: {title}, posted {date}',
    'status.replies':
      '- Replies: {count, plural, =0 {No replies yet} one {# colleague} other {# colleagues}}',
    'status.noPost': '- No case has been posted here yet.',
    'status.setUp': 'This channel has no weekly case study yet. Choose when to post one:',
    'schedule.when': '{weekday} at {time} ({timeZone})',
    'schedule.at': '{date} at {time}',
    'weekday.1': 'Monday',
    'weekday.2': 'Tuesday',
    'weekday.3': 'Wednesday',
    'weekday.4': 'Thursday',
    'weekday.5': 'Friday',
    'weekday.6': 'Saturday',
    'weekday.7': 'Sunday',
    'postLanguage.en': 'English',
    'postLanguage.cy': 'Cymraeg',
    'postLanguage.bilingual': 'Both: Cymraeg first, then English',

    'change.noSubscription':
      'This channel has no weekly case study. Say **{status}** to me to see the set-up card.',
    'change.ownersOnly': 'Only the team’s owners can change the weekly case study.',
    'change.ownersUnknown':
      'The weekly case study cannot be changed just now: this service cannot check who the team’s owners are. Please tell your IT team.',
    'change.paused': 'Paused. No case study will be posted here until someone says **{resume}**.',
    'change.resumed': 'Resumed. The weekly case study will be posted here again.',
    'change.unsubscribed':
      'Unsubscribed. No more case studies will be posted here. Replies already collected stay with your force.',
    'postNow.sent': 'Posted **{title}** as a new thread in this channel.',
    'postNow.pending': '**{title}** is on its way to this channel.',
    'postNow.skipped': 'There is no case study to post here right now.',
    'postNow.gone':
      'The app can no longer post in this channel, so the weekly case study here has stopped.',
    'postNow.disabled':
      'Your organisation has turned this app off, so no case study can be posted until it is turned back on.',
    'postNow.failed': 'The case study could not be posted just now. Please try again later.',
    'postNow.restarting': 'The service is restarting. Try again in a minute.',

    'setup.welcome.title': 'Welcome to Learning the Lessons',
    'setup.welcome.1':
      'Learning the Lessons brings the IOPC’s case studies and reflective questions to your team. Once a week, at the time you choose, it posts one case study in a channel for colleagues to discuss in the thread.',
    'setup.welcome.2':
      'What it reads and keeps: it reads this team’s channel messages only to find replies to its own posts. It keeps those replies (author, text and time) for your force alone, and nothing else.',
    'setup.title': 'Weekly case study',
    /** The name Teams gives every team's first channel. */
    'channel.general': 'General',
    'setup.channel': 'Channel',
    'setup.channel.error': 'Choose a channel.',
    'setup.day': 'Day',
    'setup.day.error': 'Choose a day.',
    'setup.time': 'Time',
    'setup.time.error': 'Choose a time.',
    'setup.timeZone': 'Time zone',
    'setup.timeZone.error': 'Choose a time zone.',
    'setup.audiences': 'Include the reflective questions for',
    'setup.audiences.error': 'Choose at least one group.',
    'setup.language': 'Language of the weekly post',
    'setup.language.error': 'Choose a language.',
    'setup.themes': 'Themes (none chosen means every theme)',
    'setup.notify': 'Tell the team when a new issue is published',
    'setup.save': 'Save',
    'setup.problem.unreadable': 'Some choices could not be read. Please choose again.',
    'setup.problem.channel': 'Choose one of the team’s channels.',
    'setup.problem.day': 'Choose a day of the week.',
    'setup.problem.time': 'Choose a time as hours and minutes, such as 07:30.',
    'setup.problem.timeZone': 'Choose a time zone from the list.',
    'setup.problem.noAudience': 'Choose at least one group whose questions to include.',
    'setup.problem.audiences': 'Choose groups from the list.',
    'setup.problem.language': 'Choose the language of the weekly post from the list.',
    'setup.problem.themes': 'Choose themes from the list.',
    'setup.error.notInTeam': 'The set-up card works in a team where the app is enabled.',
    'setup.error.unknownAction': 'This card action is not known.',
    'setup.error.unreadable': 'The card action could not be read.',
    'setup.error.failed': 'Your choices could not be saved just now. Please try again.',
    'saved.title': 'Weekly case study saved',
    'saved.channel': 'Channel',
    'saved.when': 'When',
    'saved.audiences': 'Questions for',
    'saved.language': 'Language',
    'saved.themes': 'Themes',
    'saved.everyTheme': 'Every theme',
    'saved.notices': 'New issue notices',
    'saved.on': 'On',
    'saved.off': 'Off',
    'saved.next': 'Next post',
    'saved.change': 'Change',

    'card.header': 'Learning the Lessons · Issue {number} · {theme}',
    'card.reply':
      'Reply in this thread with your thoughts. Replies here stay within your force and can be read again from the case page.',
    'card.lastDiscussion':
      '{count, plural, one {# colleague joined last time’s discussion.} other {# colleagues joined last time’s discussion.}}',
    'card.read': 'Read the full case',
    'card.keepSafe':
      'Keep operational details, and anything that could identify a person, out of your reply.',
    'card.otherRoles': 'This case has no questions for {chosen}. Its questions are for {roles}.',
    'card.sheet': 'Briefing sheet (PDF)',
    'card.meetingChat':
      'Discuss it here in the meeting chat. The app does not read or keep this chat’s messages.',

    'meeting.welcome':
      'Learning the Lessons is in this meeting. A presenter can show a case study on the meeting stage from the app’s side panel, and post it here to discuss. The app does not read or keep this chat’s messages.',

    /** The compose box's search for a case (message extension) and its results. */
    'extension.preview': 'Issue {number} · {theme}',
    'extension.none': 'No case studies match. Try fewer words, or another factor or role.',
    'extension.problem.tooLong': 'Search with at most {max} characters.',
    'extension.problem.characters': 'Search with letters, numbers and punctuation only.',
    'extension.problem.unreadable': 'The search could not be read. Please try again.',
  },
};
