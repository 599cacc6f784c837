import { connectToTeams, loadTeamsJs } from './teamsHost';

/** How sharing to the meeting stage ended. */
export type StageShare = 'shared' | 'notAllowed' | 'failed';

/**
 * Shares a page of the tab to the meeting's stage with the screen-share protocol: Teams opens it
 * in a new instance for the presenter and shows everyone that instance, so the presenter moves it
 * on. `notAllowed` when Teams says the app or this person may not share (only presenters may).
 */
export async function shareToStage(url: string): Promise<StageShare> {
  if (!(await connectToTeams())) return 'failed';
  const { meeting } = await loadTeamsJs();
  try {
    const allowed = await new Promise<boolean>((resolve) =>
      meeting.getAppContentStageSharingCapabilities((error, capabilities) =>
        resolve(!error && capabilities?.doesAppHaveSharePermission === true),
      ),
    );
    if (!allowed) return 'notAllowed';
    return await new Promise<StageShare>((resolve) =>
      meeting.shareAppContentToStage(
        (error, shared) => {
          if (error?.errorCode === 1000) resolve('notAllowed');
          else resolve(!error && shared ? 'shared' : 'failed');
        },
        url,
        { sharingProtocol: meeting.SharingProtocol.ScreenShare },
      ),
    );
  } catch {
    return 'failed';
  }
}
