import { MeetingSidePanel } from '../MeetingSidePanel/MeetingSidePanel';
import { MeetingStage, StageWaiting } from '../MeetingStage/MeetingStage';
import type { StageChoice } from '../MeetingStage/stageLink';

export interface MeetingViewProps {
  /** The case shared to the stage, as the page's address names it. */
  stage: StageChoice | null;
  /** True when Teams shows the tab on the meeting stage. */
  onStage: boolean;
  /** The meeting the tab is in, with its chat; null outside a Teams meeting. */
  meeting: { chatId: string | null } | null;
}

/** The meeting page: the stage view of the case shared to it, else the side panel. */
export default function MeetingView({ stage, onStage, meeting }: MeetingViewProps) {
  if (stage) return <MeetingStage choice={stage} />;
  if (onStage) return <StageWaiting />;
  return <MeetingSidePanel meeting={meeting} />;
}
