/**
 * Readers' feedback and the votes on future themes, in Welsh. Keys and placeholders match
 * feedback.en.ts (the catalogue test checks). Plain data: no imports.
 */
export default {
  language: 'cy',
  /** True until a Welsh translator has reviewed every message here (README "Cymraeg"). */
  needsReview: true,
  messages: {
    'feedback.title': 'Oedd hyn yn ddefnyddiol?',
    'feedback.caseQuestion': 'Oedd yr astudiaeth achos hon yn ddefnyddiol i chi?',
    'feedback.issueQuestion': 'Oedd y rhifyn hwn yn ddefnyddiol i chi?',
    'feedback.rating.1': '1, ddim yn ddefnyddiol',
    'feedback.rating.2': '2',
    'feedback.rating.3': '3',
    'feedback.rating.4': '4',
    'feedback.rating.5': '5, defnyddiol iawn',
    'feedback.comment': 'Sylw (dewisol)',
    'feedback.commentHint':
      'Mae eich sylw yn mynd at olygyddion yr IOPC heb eich enw na’ch tîm. Peidiwch â chynnwys dim a allai eich adnabod chi nac unrhyw un arall.',
    'feedback.commentsOff': 'Mae eich heddlu wedi diffodd sylwadau: gallwch roi sgôr o hyd.',
    'feedback.send': 'Anfon',
    'feedback.change': 'Newid fy sgôr',
    'feedback.sending': 'Yn anfon…',
    'feedback.thanks': 'Diolch: rhoesoch {rating} allan o 5. Gallwch ei newid unrhyw bryd.',
    'feedback.yours': 'Rhoesoch {rating} allan o 5.',
    'feedback.chooseRating': 'Dewiswch sgôr o 1 i 5 yn gyntaf.',
    'feedback.loading': 'Yn llwytho eich sgôr…',
    'feedback.outsideTeams': 'Agorwch hwn yn Teams i ddweud a oedd yn ddefnyddiol.',
    'feedback.failed': 'Nid oedd modd anfon eich sgôr. Rhowch gynnig arall arni mewn munud.',
    'feedback.unavailable': 'Nid yw sgorio ar gael ar hyn o bryd.',
    'poll.title': 'Pleidleisio ar themâu’r dyfodol',
    'poll.closes': 'Ar agor tan {date}. Un bleidlais yr un; gallwch newid eich un chi tan hynny.',
    'poll.vote': 'Pleidleisio',
    'poll.change': 'Newid fy mhleidlais',
    'poll.voted': 'Eich pleidlais: {option}.',
    'poll.chooseOption': 'Dewiswch opsiwn yn gyntaf.',
    'poll.failed': 'Nid oedd modd anfon eich pleidlais. Rhowch gynnig arall arni mewn munud.',
    'poll.closed': 'Mae’r arolwg hwn wedi cau.',
    'feedback.card.commentNote':
      'Mae sylw yn ddewisol. Mae’n mynd at olygyddion yr IOPC heb eich enw na’ch tîm; os yw eich heddlu wedi diffodd sylwadau, dim ond eich sgôr a gedwir.',
    'feedback.card.commentDropped':
      'Mae eich heddlu wedi diffodd sylwadau, felly ni chadwyd eich sylw: cadwyd eich sgôr.',
    'feedback.card.noIdentity':
      'Ni ddywedodd Teams pwy ydych chi, felly ni chadwyd dim. Agorwch yr achos yn y tab i’w sgorio, neu rhowch gynnig arall arni yn nes ymlaen.',
    'feedback.card.notServed':
      'Nid yw’r gwasanaeth hwn wedi’i alluogi i’ch sefydliad, felly ni chadwyd dim.',
    'feedback.card.gone': 'Nid yw’r achos hwn yn y llyfrgell mwyach, felly ni ellir ei sgorio.',
  },
};
