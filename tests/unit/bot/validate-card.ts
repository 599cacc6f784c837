import { AdaptiveCard, SerializationContext, Version } from 'adaptivecards';

/**
 * Checks a card with the official `adaptivecards` library: every parse warning and every
 * validation failure, as messages (empty when the card is valid), and the version it declares.
 */
export function cardProblems(json: unknown): string[] {
  const card = new AdaptiveCard();
  const context = new SerializationContext(Version.parse('1.5', new SerializationContext()));
  card.parse(json, context);
  const problems: string[] = [];
  for (let index = 0; index < context.eventCount; index++)
    problems.push(context.getEventAt(index).message);
  for (const event of card.validateProperties().validationEvents) problems.push(event.message);
  if ((json as { version?: unknown }).version !== '1.5') problems.push('version is not 1.5');
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
