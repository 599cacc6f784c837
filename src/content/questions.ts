import { AUDIENCES, type Audience, type ReflectiveQuestion } from './model';

/** A case's questions for some audiences, grouped by audience in the fixed audience order. */
export interface ChosenQuestions<Q extends Pick<ReflectiveQuestion, 'audience'>> {
  groups: [Audience, Q[]][];
  /** True when audiences were given but none of the questions is for them: every one is shown. */
  fellBack: boolean;
}

/**
 * The questions for the audiences; every question when no audience is given, or when none of
 * the questions is for them (a case is never shown without its questions).
 */
export function questionsFor<Q extends Pick<ReflectiveQuestion, 'audience'>>(
  questions: readonly Q[],
  audiences: readonly Audience[],
): ChosenQuestions<Q> {
  const chosen = questions.filter((question) => audiences.includes(question.audience));
  const shown = chosen.length > 0 ? chosen : questions;
  const groups: [Audience, Q[]][] = [];
  for (const audience of AUDIENCES) {
    const group = shown.filter((question) => question.audience === audience);
    if (group.length > 0) groups.push([audience, group]);
  }
  return { groups, fellBack: audiences.length > 0 && chosen.length === 0 };
}

/** Whether any of a case's questions is for one of the audiences. */
export function hasQuestionsFor(
  questions: readonly Pick<ReflectiveQuestion, 'audience'>[],
  audiences: readonly Audience[],
): boolean {
  return questions.some((question) => audiences.includes(question.audience));
}
