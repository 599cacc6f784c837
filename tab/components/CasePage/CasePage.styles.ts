import { makeStyles, tokens } from '@fluentui/react-components';

export const useCasePageStyles = makeStyles({
  eyebrow: {
    margin: `0 0 ${tokens.spacingVerticalXS}`,
  },
  summary: {
    marginBlock: `0 ${tokens.spacingVerticalS}`,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
  },
  meta: {
    margin: `${tokens.spacingVerticalXXS} 0`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  label: {
    fontWeight: tokens.fontWeightSemibold,
  },
  learning: {
    paddingInlineStart: tokens.spacingHorizontalXXL,
    '& li': { marginBlock: tokens.spacingVerticalXS },
  },
  pager: {
    marginBlock: `${tokens.spacingVerticalXXL} 0`,
    paddingBlock: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  pagerList: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalL,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  next: {
    marginInlineStart: 'auto',
  },
});
