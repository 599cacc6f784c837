import { makeStyles, tokens } from '@fluentui/react-components';

export const useFeedbackFormStyles = makeStyles({
  panel: {
    marginBlock: `${tokens.spacingVerticalXL} 0`,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  form: {
    display: 'grid',
    rowGap: tokens.spacingVerticalM,
    maxWidth: '40rem',
  },
  scale: {
    display: 'flex',
    flexWrap: 'wrap',
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
  },
  note: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
});
