import { makeStyles, tokens } from '@fluentui/react-components';

/** Large type for a meeting room's screen (1920×1080) and for a shared screen seen small. */
export const useMeetingStageStyles = makeStyles({
  stage: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    '& h1': {
      fontSize: tokens.fontSizeHero900,
      lineHeight: tokens.lineHeightHero900,
    },
  },
  eyebrow: {
    margin: `0 0 ${tokens.spacingVerticalS}`,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    color: tokens.colorNeutralForeground2,
  },
  part: {
    marginBlock: tokens.spacingVerticalXL,
  },
  partTitle: {
    margin: `0 0 ${tokens.spacingVerticalM}`,
    fontSize: tokens.fontSizeHero800,
    lineHeight: tokens.lineHeightHero800,
    fontWeight: tokens.fontWeightSemibold,
  },
  summary: {
    marginBlock: `0 ${tokens.spacingVerticalL}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  body: {
    '& p': { marginBlock: `0 ${tokens.spacingVerticalL}` },
    '& li': { marginBlock: tokens.spacingVerticalS },
  },
  group: {
    marginBlock: `${tokens.spacingVerticalL} 0`,
  },
  groupTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  nav: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXL,
    marginBlock: `${tokens.spacingVerticalXXL} ${tokens.spacingVerticalS}`,
    paddingBlock: tokens.spacingVerticalL,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  progress: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
  },
  hint: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    color: tokens.colorNeutralForeground2,
  },
  announcer: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});
