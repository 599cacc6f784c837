/**
 * Insights for a force's learning lead and the IOPC's editors, in English (the source): the tab's
 * insights view (which loads on demand, so these travel with it) and the exported workbook and
 * CSV. ICU MessageFormat; write ’ for an apostrophe. Plain data: no imports.
 */
export default {
  language: 'en',
  needsReview: false,
  messages: {
    'insights.title': 'Insights',
    'insights.loading': 'Loading insights…',
    'insights.error': 'the insights',
    'insights.intro.force':
      'Your force’s figures, week by week (weeks run Monday to Sunday). A figure drawn from fewer than 5 people shows as “fewer than 5” and is left out of every total, so nobody can be singled out.',
    'insights.intro.all':
      'Every force’s figures, force by force and in total (weeks run Monday to Sunday). A figure drawn from fewer than 5 people shows as “fewer than 5” and is left out of every total, so nobody can be singled out.',
    'insights.forbidden':
      'Insights are for a force’s learning lead and the IOPC’s editors. Ask your force’s Microsoft 365 admin if you should have access.',
    'insights.period': 'Period',
    'insights.period.weeks': 'The last {count, plural, one {week} other {# weeks}}',
    'insights.period.dates': 'Weeks of {from} to {to}',
    'insights.period.months': 'The last {count, plural, one {month} other {# months}}',
    'insights.period.monthDates':
      '{from} to {to}: the weeks of {firstWeek} to {lastWeek} (a month counts the weeks whose Thursday falls in it, so months are whole weeks too)',
    'insights.export.xlsx': 'Download as an Excel workbook',
    'insights.export.csv':
      '{by, select, month {Download month by month as CSV} other {Download week by week as CSV}}',
    'insights.summary': 'Summary',
    'insights.byWeek': 'Week by week',
    'insights.byMonth': 'Month by month',
    'insights.forces': 'Force by force',
    'insights.cases': 'Most discussed cases',
    'insights.ratings': 'Ratings (“Was this useful?”)',
    'insights.comments': 'Readers’ comments (without names)',
    'insights.comments.manage': 'Hide or show readers’ comments',
    'insights.polls': 'Votes on future themes',
    'insights.none': 'No figures for this period.',
    'insights.fewerThanFive': 'fewer than 5',
    'insights.partial': '{value} (figures from fewer than 5 people left out)',
    'insights.figure': 'Figure',
    'insights.value': 'Value',
    'insights.allForces': 'All forces',
    'insights.unnamedForce': 'Force {id}',
    'insights.chart.title':
      '{by, select, month {Replies and reads by month} other {Replies and reads by week}}',
    'insights.chart.loading': 'Loading the chart…',
    'insights.chart.unavailable':
      'The chart could not be loaded. The table beside it has the same figures.',
    'insights.chart.note':
      '{by, select, month {The chart shows the figures of the table “Month by month”.} other {The chart shows the figures of the table “Week by week”.}}',
    'insights.column.week': 'Week of',
    'insights.column.month': 'Month',
    'insights.column.firstWeek': 'First week of',
    'insights.column.lastWeek': 'Last week of',
    'insights.column.force': 'Force',
    'insights.column.case': 'Case',
    'insights.column.item': 'Issue or case',
    'insights.column.teams': 'Teams subscribed',
    'insights.column.channels': 'Channels subscribed',
    'insights.column.postsDelivered': 'Posts delivered',
    'insights.column.postsFailed': 'Posts failed',
    'insights.column.postsDiscussed': 'Posts discussed',
    'insights.column.repliesPerPost': 'Replies per post',
    'insights.column.replies': 'Replies',
    'insights.column.participants': 'Colleagues who replied',
    'insights.column.reads': 'Reads in the tab',
    'insights.column.learningRecordEntries': 'Learning-record entries',
    'insights.column.teamResponses': 'Team responses',
    'insights.column.openActions': 'Open actions',
    'insights.column.closedActions': 'Closed actions',
    'insights.column.ratings': 'Ratings',
    'insights.column.average': 'Average (1 to 5)',
    'insights.column.poll': 'Poll',
    'insights.column.option': 'Option',
    'insights.column.votes': 'Votes',
    'insights.column.comment': 'Comment',
  },
} as const;
