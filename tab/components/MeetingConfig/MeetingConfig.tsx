import { useText } from '../../i18n';
import { meetingTabConfig } from '../ConfigPage/tabConfig';
import { useSaveThroughTeams } from '../ConfigPage/useSaveThroughTeams';
import { PageTitle } from '../PageTitle/PageTitle';

/** The tab's configuration page in a meeting: it adds the side panel, with nothing to choose. */
export default function MeetingConfig() {
  const t = useText();
  const { text } = t;
  useSaveThroughTeams(
    ({ text: named }) => meetingTabConfig(window.location.origin, named('config.meeting.tabName')),
    true,
    t,
  );
  return (
    <>
      <PageTitle>{text('config.meeting.title')}</PageTitle>
      <p>{text('config.meeting.text')}</p>
      <p>{text('config.hint')}</p>
    </>
  );
}
