import { AdaptiveCard, SerializationContext, Version } from 'adaptivecards';

/**
 * Checks a card with the official `adaptivecards` library as a card of `version` (1.5 unless
 * said): every parse warning (such as a property of a later version) and every validation
 * failure, as messages (empty when the card is valid), and the version it declares.
 */
export function cardProblems(json: unknown, version: '1.5' | '1.3' = '1.5'): string[] {
  const card = new AdaptiveCard();
  const context = new SerializationContext(Version.parse(version, new SerializationContext()));
  card.parse(json, context);
  const problems: string[] = [];
  for (let index = 0; index < context.eventCount; index++)
    problems.push(context.getEventAt(index).message);
  for (const event of card.validateProperties().validationEvents) problems.push(event.message);
  if ((json as { version?: unknown }).version !== version)
    problems.push(`version is not ${version}`);
  return problems;
}

/** All TextBlock texts of a card, in order. */
export function cardTexts(json: unknown): string[] {
  const texts: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      if (record.type === 'TextBlock' && typeof record.text === 'string') texts.push(record.text);
      if (record.type === 'FactSet' && Array.isArray(record.facts)) {
        for (const fact of record.facts as { title: string; value: string }[])
          texts.push(`${fact.title}: ${fact.value}`);
      }
      Object.values(record).forEach(visit);
    }
  };
  visit(json);
  return texts;
}
