import type { MeView } from '../../../src/content/views';
import { useResponseText } from '../TeamResponse/responseText';

/**
 * The navigation's label for the force's responses when the signed-in person is their force's
 * learning lead; undefined for everyone else.
 */
export function useLearningLead(roles: MeView['roles']): string | undefined {
  const t = useResponseText();
  return roles.includes('LearningLead') ? t.text('force.nav') : undefined;
}
