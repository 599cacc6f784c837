/**
 * Teams’ responses to cases and the force’s own response, in Welsh. Keys and placeholders match
 * response.en.ts (the catalogue test checks). Plain data: no imports.
 */
export default {
  language: 'cy',
  /** True until a Welsh translator has reviewed every message here (README "Cymraeg"). */
  needsReview: true,
  messages: {
    'response.export.conclusions': 'Casgliadau',
    'response.export.actions': 'Camau gweithredu',
    'response.export.force': 'Ymateb yr heddlu',
    'response.export.kind': 'Math',
    'response.export.kindConclusion': 'Casgliad',
    'response.export.kindAction': 'Cam gweithredu',
    'response.export.kindForce': 'Ymateb yr heddlu',
    'response.export.case': 'Achos',
    'response.export.caseTitle': 'Teitl yr achos',
    'response.export.team': 'Tîm',
    'response.export.question': 'Cwestiwn myfyriol',
    'response.export.text': 'Testun',
    'response.export.assignee': 'Wedi’i neilltuo i',
    'response.export.owner': 'Perchennog',
    'response.export.due': 'Erbyn',
    'response.export.status': 'Statws',
    'response.export.updated': 'Newidiwyd ddiwethaf',
    'response.wholeCase': 'Yr achos yn ei gyfanrwydd',
    'response.status.open': 'Ar agor',
    'response.status.done': 'Wedi’i wneud',
    'response.unnamedTeam': 'Tîm heb enw',
  },
};
