import { makeStyles, tokens } from '@fluentui/react-components';

export const useDiscussionPanelStyles = makeStyles({
  panel: {
    marginBlock: `${tokens.spacingVerticalXL} 0`,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  replies: {
    display: 'grid',
    rowGap: tokens.spacingVerticalM,
    margin: `${tokens.spacingVerticalS} 0`,
    padding: 0,
    listStyleType: 'none',
  },
  author: {
    fontWeight: tokens.fontWeightSemibold,
  },
  time: {
    marginInlineStart: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  text: {
    margin: `${tokens.spacingVerticalXXS} 0 0`,
    whiteSpace: 'pre-wrap',
  },
  explanation: {
    margin: 0,
  },
});
