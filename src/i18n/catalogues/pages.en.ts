/**
 * The service's own pages in English (the source): the privacy notice, the terms of use and the
 * accessibility statement. ICU MessageFormat; `<tag>…</tag>` marks a link the page supplies.
 * Plain data: no imports.
 */
export default {
  language: 'en',
  needsReview: false,
  messages: {
    'privacy.title': 'Learning the Lessons for Teams: privacy notice',
    'privacy.intro':
      'This notice says plainly what the Learning the Lessons app reads in your force’s Microsoft Teams, what it keeps, for how long, where, and how to ask for a copy or removal.',
    'privacy.onErasure':
      'Erasure deletes these replies and this learning record. In the weekly-post settings and the audit entries above, this person’s Microsoft Entra object id is replaced by a pseudonym that no longer identifies them; the entries stay, so the audit trail still shows what was done and when. Actions in a team’s response stay with the team but no longer name this person. The object id is kept only in the record of the erasure itself, so that their earlier replies are not collected again from Teams. Their ratings, comments and votes are deleted.',
    'privacy.reads': 'What the app reads',
    'privacy.reads.1':
      'When a team owner adds the app to a team, Teams lets it receive every message posted in that team’s standard channels. The app looks at each message only to see whether it is a reply to one of the app’s own weekly case-study posts. Any other message is dropped at once: it is not read further, stored or logged.',
    'privacy.reads.2':
      'The app also reads the team’s name, its channels and who its owners are, so that only team owners can change the weekly post.',
    'privacy.reads.meetings':
      'In a meeting the app is added to, it does not read the meeting’s chat: it only posts a case study there when someone in the meeting asks it to, and replies in a meeting’s chat are not collected. When you search for a case study from a message’s compose box, or paste a link to one, the app uses your words or the link only to answer at once and does not keep them.',
    'privacy.keeps': 'What the app keeps',
    'privacy.keeps.1':
      'For each reply to one of its weekly posts: the text of the reply, the author’s name and Microsoft Entra ID, the team, channel and case study it belongs to, and when it was written or edited. Edits and deletions in Teams are applied to the copy the app keeps.',
    'privacy.keeps.2':
      'For each team: the team, the channel chosen for the weekly post and the settings a team owner saved, with a record of who changed them and when.',
    'privacy.keeps.meetings':
      'For each meeting the app is added to: the id of the meeting’s chat and the Teams address for it, until the app is removed from the meeting, and a record of who posted which case study there and when.',
    'privacy.keeps.learning':
      'For each entry an officer adds to their own learning record (“My learning”): the case study, what they reflected on, how they will apply it, the time spent, their Microsoft Entra ID, and when they wrote or last changed it.',
    'privacy.keeps.responses':
      'For each team’s response to a case study: what the team concluded, its actions with the name and Microsoft Entra ID of the member each is assigned to, when it is due and whether it is done, and who saved the response last; and your force’s own response to a case study, written by its learning lead. Members of the team read their team’s response and its owners change it; your force’s learning lead reads every team’s response in your force (never anyone’s private learning record), and no other force can. Responses are kept until the team or the learning lead changes them, or your force stops using the app. When your data is erased, the actions assigned to you stay with the team but no longer name you.',
    'privacy.keeps.feedback':
      'When you rate an issue or a case study (“Was this useful?”) or vote in a poll on future themes: your rating, any comment, your vote and when, with your Microsoft Entra ID, so that you have one rating and one vote each and can change them.',

    'privacy.keeps.insights':
      'Counts for insights, with no one’s name or ID: how many times each case study was read in the app’s tab in Teams in your force on each day (never who read it), and each week’s numbers of posts, replies and colleagues who replied. Your force’s learning lead sees your force’s counts and the IOPC’s editors see every force’s; any count drawn from fewer than 5 people shows as “fewer than 5”. Weekly counts stay when the replies behind them are deleted, and go when your force stops using the app.',

    'privacy.keeps.3': 'The app does not keep any other messages, files, chats or meetings.',
    'privacy.keeps.4': 'The service’s logs hold only ids and counts, never the text of a message.',
    'privacy.why': 'Why, and who can see it',
    'privacy.why.1':
      'Replies are kept so that colleagues in the same team can read the discussion of a case study in the app’s tab, and so that the next post can say how many colleagues joined in. Only members of that team in your force can see it. No other force, and no one at the IOPC, can see your force’s discussion.',
    'privacy.why.learning':
      'A learning record is kept for the officer’s own professional development and development review. Only that officer can see their entries: not their supervisor, not their team, not their force’s learning lead, not the service’s operator and not the IOPC. Figures about the app count entries but never show them. The only exception is the officer’s own data protection request (a copy or erasure), which the operator carries out and records.',
    'privacy.howLong': 'How long',
    'privacy.howLong.1':
      'Replies are deleted automatically {months, plural, one {# month} other {# months}} after they were written, unless your force has chosen a different period. When your force stops using the app, everything the app holds for your force is deleted.',
    'privacy.howLong.learning':
      'A learning-record entry is kept until the officer deletes it, or until {learningMonths, plural, one {# month} other {# months}} after it was last changed unless your force has chosen a different period, or until your force stops using the app, whichever comes first.',
    'privacy.why.feedback':
      'The IOPC’s editors read comments with their rating and the issue or case study, but never your name, your team or your force, and an editor can hide a comment. Your force can switch comments off, which deletes the comments its people left; ratings stay. Ratings and votes are only ever shown as totals.',
    'privacy.howLong.feedback':
      'After the same period, a rating or vote no longer names you and its comment is deleted; it still counts in the totals. When your data is erased, your ratings, comments and votes are deleted.',

    'privacy.where': 'Where',
    'privacy.where.1':
      'The service and its data are hosted in Microsoft Azure data centres in the United Kingdom.',
    'privacy.rights': 'Your rights',
    'privacy.rights.1':
      'You can ask for a copy of everything the app holds about you, or for it to be removed, through your force’s data protection officer. They can ask the service’s operator, who will export or erase your data and record that it was done.',
    'privacy.rights.2':
      'When your data is erased, your replies are deleted. Where the team settings you saved and the app’s audit trail name you by your Microsoft Entra ID, that ID is replaced by a code that no longer identifies you: the records stay, so the trail still shows what was done and when, but not by whom. The app keeps your Entra ID only in the record that the erasure was done, so that your earlier replies are not collected again.',
    'privacy.rights.learning':
      'A copy of your data includes your learning record; erasure deletes it. You can also edit, download or delete any entry yourself in “My learning” at any time.',
    /** The link to the Welsh notice, written in Welsh. */
    'privacy.otherLanguage': 'Darllenwch yr hysbysiad hwn yn Gymraeg',

    'terms.title': 'Learning the Lessons for Teams: terms of use',
    'terms.intro':
      'Learning the Lessons for Teams brings the IOPC’s Learning the Lessons magazine into Microsoft Teams for police forces and the other bodies the IOPC oversees.',
    'terms.use': 'Using the app',
    'terms.use.1':
      'Use the app for learning and professional development: reading case studies, discussing their reflective questions with colleagues, and recording your own reflections in your force’s usual way.',
    'terms.use.2':
      'Your force’s acceptable use policy applies to what you write in Teams, including replies to the app’s weekly posts.',
    'terms.cases': 'The case studies',
    'terms.cases.1':
      'Case studies are anonymised accounts of IOPC investigations and reviews, published for learning. They are not guidance on their own; follow your force’s policies and the College of Policing’s Authorised Professional Practice.',
    'terms.data': 'Your data',
    'terms.data.1':
      'The <privacy>privacy notice</privacy> says what the app reads and keeps, for how long, and how to ask for a copy or removal.',
    'terms.otherLanguage': 'Darllenwch y telerau hyn yn Gymraeg',

    'accessibility.title': 'Accessibility statement for Learning the Lessons for Teams',
    'accessibility.intro.1':
      'This statement applies to Learning the Lessons for Teams: its tab in Microsoft Teams (and in Outlook, SharePoint, the Microsoft 365 app and a web browser), the cards and messages its bot posts in Teams, and these pages. It brings the Independent Office for Police Conduct’s Learning the Lessons magazine to police forces.',
    'accessibility.intro.2':
      'We want as many people as possible to be able to use it. For example, that means you should be able to:',
    'accessibility.can.1': 'read it in English or Welsh, and switch between them on any page',
    'accessibility.can.2':
      'use it in the Teams light, dark and high contrast themes, which it follows',
    'accessibility.can.3':
      'zoom in up to 400% without the text spilling off the screen, and use it on a screen 320 pixels wide',
    'accessibility.can.4':
      'reach and use everything with a keyboard alone, seeing where the focus is, with the focus moving to the heading of each new view',
    'accessibility.can.5':
      'use it with a screen reader: each view has one main heading, each section, case study and article is named by its heading, and text in another language is marked as such',
    'accessibility.intro.3': 'We have also made the text as plain as we can.',
    'accessibility.known': 'How accessible this service is',
    'accessibility.known.1': 'We know some parts are not fully accessible:',
    'accessibility.known.cards':
      'the weekly case-study posts, the case cards shared from a message’s compose box or posted in a meeting’s chat, and the bot’s set-up cards are Adaptive Cards, which Microsoft Teams (or Outlook) draws: we cannot control how each Teams app presents them to a screen reader or at high zoom',
    'accessibility.known.pdf':
      'the PDF of each issue is published by the IOPC and may not be fully accessible: the tab shows its pages with their text for screen readers, but their reading order and headings are those of the PDF; every case study and article in it is also in the tab as a web page',
    'accessibility.known.english':
      'most back issues are in English only; where there is no Welsh translation, the tab says so in Welsh and marks the English text for screen readers',
    'accessibility.known.review':
      'the Welsh text of the service and of its sample issue has not yet been checked by a Welsh translator',
    'accessibility.contact': 'Feedback and contact information',
    'accessibility.contact.1':
      'If you find a problem that is not listed here, or you need information in a different format, tell your force’s IT service desk, who will pass it to the team that runs the service, or use the feedback link in any issue of the magazine. We aim to reply within 10 working days.',
    'accessibility.enforcement': 'Enforcement procedure',
    'accessibility.enforcement.1':
      'The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the “accessibility regulations”). If you’re not happy with how we respond to your complaint, contact the <eass>Equality Advisory and Support Service (EASS)</eass>.',
    'accessibility.technical': 'Technical information about this service’s accessibility',
    'accessibility.status': 'Compliance status',
    'accessibility.status.1':
      'This service is partially compliant with the <wcag>Web Content Accessibility Guidelines version 2.2</wcag> AA standard, because of the parts listed above and the testing not yet done, listed below.',
    'accessibility.tested': 'How we tested this service',
    'accessibility.tested.1':
      'Every change to the service is tested automatically before it is released:',
    'accessibility.tested.axe':
      'every view of the tab is checked with axe against the WCAG 2.0, 2.1 and 2.2 A and AA rules, in the light, dark and high contrast themes, in English and in Welsh',
    'accessibility.tested.keyboard':
      'the search, the case cards, the links and a meeting’s side panel and stage are used by keyboard alone, checking that the focus can be seen and moves to the heading of each new view',
    'accessibility.tested.layout':
      'each view is checked for one main heading with headings in order, for no sideways scrolling at 320 pixels wide, and for the language of its text being marked',
    'accessibility.tested.cards': 'the bot’s cards are checked against the Adaptive Cards schema',
    'accessibility.tested.pdf':
      'the briefing sheets are read back to check they are tagged PDFs with a title, a language, headings and lists, in the reader’s language',
    'accessibility.untested': 'What has not been tested yet',
    'accessibility.untested.1':
      'The service has not yet been tested by disabled people or by an accessibility specialist, nor by hand with screen readers, speech recognition or screen magnifiers, nor in the Teams mobile apps. Automated checks find only some accessibility problems.',
    'accessibility.improving': 'What we’re doing to improve accessibility',
    'accessibility.improving.1':
      'We will have the service tested by disabled people and by an accessibility specialist, have the Welsh text reviewed by a Welsh translator, and fix what they find.',
    'accessibility.prepared': 'Preparation of this accessibility statement',
    'accessibility.prepared.1':
      'This statement was prepared on {date}. It is reviewed whenever the service changes in a way that affects accessibility, and at least once a year.',
    'accessibility.otherLanguage': 'Darllenwch y datganiad hwn yn Gymraeg',
  },
};
