/**
 * The IOPC's editors' screen of readers' comments, in Welsh. Keys and placeholders match
 * comments.en.ts (the catalogue test checks). Plain data: no imports.
 */
export default {
  language: 'cy',
  /** True until a Welsh translator has reviewed every message here (README "Cymraeg"). */
  needsReview: true,
  messages: {
    'comments.title': 'Sylwadau darllenwyr',
    'comments.loading': 'Yn llwytho sylwadau darllenwyr…',
    'comments.error': 'Nid oedd modd llwytho sylwadau’r darllenwyr',
    'comments.intro':
      'Pob sylw a adawodd darllenwyr gyda sgôr, y diweddaraf yn gyntaf. Mae sylwadau’n eich cyrraedd heb enw, tîm na heddlu’r darllenydd. Mae sylw cudd yn aros yma ond yn gadael y mewnwelediadau; gallwch ei ddangos eto unrhyw bryd.',
    'comments.forbidden':
      'Mae’r sgrin hon ar gyfer golygyddion yr IOPC. Os ydych yn un, gofynnwch i weinyddwr Microsoft 365 yr IOPC roi rôl Golygydd i chi.',
    'comments.outsideTeams': 'Agorwch y tab yn Teams i weld sylwadau darllenwyr.',
    'comments.filter.state': 'Dangos',
    'comments.filter.all': 'Pob sylw',
    'comments.filter.shown': 'Sylwadau a ddangosir',
    'comments.filter.hidden': 'Sylwadau cudd',
    'comments.filter.issue': 'Rhifyn',
    'comments.filter.allIssues': 'Pob rhifyn',
    'comments.issue': 'Rhifyn {number}: {title}',
    'comments.issueNumber': 'Rhifyn {number}',
    'comments.count':
      '{count, plural, =0 {Dim sylwadau} zero {# sylw} one {# sylw} two {# sylw} few {# sylw} many {# sylw} other {# sylw}} o {total}',
    'comments.listed': 'Rhestrir y {listed} diweddaraf.',
    'comments.more':
      'Dangos {count, plural, zero {# sylw arall} one {# sylw arall} two {# sylw arall} few {# sylw arall} many {# sylw arall} other {# sylw arall}}',
    'comments.none': 'Dim sylwadau eto.',
    'comments.noneMatch': 'Nid oes sylwadau’n cyfateb i’r hidlwyr hyn.',
    'comments.about': 'Am',
    'comments.aboutIssue': 'y rhifyn ei hun',
    'comments.rating': 'Sgôr {rating} allan o 5',
    'comments.given': 'Rhoddwyd ar {date}',
    'comments.state.shown': 'Yn cael ei ddangos',
    'comments.state.hidden': 'Cudd',
    'comments.hide': 'Cuddio',
    'comments.show': 'Dangos',
    'comments.hide.name': 'Cuddio’r sylw am {item}, a roddwyd ar {date}',
    'comments.show.name': 'Dangos y sylw am {item}, a roddwyd ar {date}',
    'comments.hidden.done':
      'Mae’r sylw am {item} wedi’i guddio: nid yw’n ymddangos yn y mewnwelediadau mwyach.',
    'comments.shown.done': 'Mae’r sylw am {item} yn cael ei ddangos eto yn y mewnwelediadau.',
    'comments.change.error':
      '{hidden, select, true {Nid oedd modd cuddio’r sylw am {item}, felly mae’n dal i gael ei ddangos} other {Nid oedd modd dangos y sylw am {item}, felly mae’n dal yn gudd}}',
  },
} as const;
