/**
 * The subset of the Adaptive Card 1.5 schema that the bot's cards use. A card can also be written
 * as 1.3, for where Teams takes no later version (link unfurling).
 */

export type TextSize = 'small' | 'default' | 'medium' | 'large';

export interface TextBlock {
  type: 'TextBlock';
  text: string;
  wrap?: boolean;
  size?: TextSize;
  weight?: 'bolder' | 'default';
  isSubtle?: boolean;
  color?: 'default' | 'attention' | 'warning' | 'good' | 'accent';
  spacing?: 'none' | 'small' | 'medium' | 'large';
  separator?: boolean;
  style?: 'heading' | 'default';
}

export interface Choice {
  title: string;
  value: string;
}

export interface ChoiceSetInput {
  type: 'Input.ChoiceSet';
  id: string;
  label: string;
  choices: Choice[];
  value?: string;
  isMultiSelect?: boolean;
  style?: 'compact' | 'expanded' | 'filtered';
  isRequired?: boolean;
  errorMessage?: string;
}

export interface TimeInput {
  type: 'Input.Time';
  id: string;
  label: string;
  value?: string;
  isRequired?: boolean;
  errorMessage?: string;
}

export interface TextInput {
  type: 'Input.Text';
  id: string;
  label: string;
  value?: string;
  isMultiline?: boolean;
  maxLength?: number;
}

export interface ToggleInput {
  type: 'Input.Toggle';
  id: string;
  title: string;
  value: 'true' | 'false';
  valueOn: 'true';
  valueOff: 'false';
}

export interface Fact {
  title: string;
  value: string;
}

export interface FactSet {
  type: 'FactSet';
  facts: Fact[];
}

/** Buttons in the card's body, under the inputs they send. */
export interface ActionSet {
  type: 'ActionSet';
  actions: ExecuteAction[];
}

export type CardElement =
  TextBlock | ChoiceSetInput | TimeInput | TextInput | ToggleInput | FactSet | ActionSet;

export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

export interface ExecuteAction {
  type: 'Action.Execute';
  title: string;
  verb: string;
  data: Record<string, string>;
  style?: 'positive' | 'default';
}

/** A button that opens a dialog (`task/fetch`) with its data. */
export interface SubmitAction {
  type: 'Action.Submit';
  title: string;
  data: { msteams: { type: 'task/fetch' } } & Record<string, unknown>;
}

export type CardAction = OpenUrlAction | ExecuteAction | SubmitAction;

/** The versions the bot writes: 1.5, and 1.3 without the later features (a TextBlock's `style`). */
export type CardVersion = '1.5' | '1.3';

export type AdaptiveCard = {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: CardVersion;
  body: CardElement[];
  actions?: CardAction[];
  msteams?: { width: 'Full' };
};

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** A card with the fixed header fields, in 1.5 unless `version` says 1.3. */
export function adaptiveCard(
  body: CardElement[],
  actions: CardAction[] = [],
  version: CardVersion = '1.5',
): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version,
    body: version === '1.5' ? body : body.map(withoutHeadingStyle),
    ...(actions.length > 0 ? { actions } : {}),
    msteams: { width: 'Full' },
  };
}

/** A wrapping TextBlock. */
export function text(value: string, options: Omit<TextBlock, 'type' | 'text'> = {}): TextBlock {
  return { type: 'TextBlock', text: value, wrap: true, ...options };
}

/** A 1.3 element: a TextBlock's `style` (1.5) is left out; its weight and size still mark a heading. */
function withoutHeadingStyle(element: CardElement): CardElement {
  if (element.type !== 'TextBlock' || element.style === undefined) return element;
  const copy: TextBlock = { ...element };
  delete copy.style;
  return copy;
}
