/**
 * Teams’ responses to cases and the force’s own response, in English (the source): the case
 * page’s panel, the learning lead’s force view, their exports, and the bot’s replies and dialog.
 * ICU MessageFormat; write ’ for an apostrophe. Plain data: no imports.
 */
export default {
  language: 'en',
  needsReview: false,
  messages: {
    'response.export.conclusions': 'Conclusions',
    'response.export.actions': 'Actions',
    'response.export.force': 'Force response',
    'response.export.kind': 'Kind',
    'response.export.kindConclusion': 'Conclusion',
    'response.export.kindAction': 'Action',
    'response.export.kindForce': 'Force response',
    'response.export.case': 'Case',
    'response.export.caseTitle': 'Case title',
    'response.export.team': 'Team',
    'response.export.question': 'Reflective question',
    'response.export.text': 'Text',
    'response.export.assignee': 'Assigned to',
    'response.export.owner': 'Owner',
    'response.export.due': 'Due by',
    'response.export.status': 'Status',
    'response.export.updated': 'Last changed',
    'response.wholeCase': 'The case as a whole',
    'response.status.open': 'Open',
    'response.status.done': 'Done',
    'response.unnamedTeam': 'A team without a name',
  },
};
