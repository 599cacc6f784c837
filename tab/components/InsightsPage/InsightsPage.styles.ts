import { makeStyles, tokens } from '@fluentui/react-components';

const cell = {
  padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
  borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  verticalAlign: 'top',
} as const;

export const useInsightsPageStyles = makeStyles({
  controls: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
    marginBlockEnd: tokens.spacingVerticalS,
  },
  period: {
    minWidth: '12rem',
  },
  tableWrap: {
    overflowX: 'auto',
    marginBlockEnd: tokens.spacingVerticalM,
  },
  table: {
    borderCollapse: 'collapse',
    minWidth: '100%',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  caption: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    paddingBlockEnd: tokens.spacingVerticalXS,
  },
  headCell: {
    ...cell,
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
  },
  headNumber: {
    ...cell,
    textAlign: 'end',
    fontWeight: tokens.fontWeightSemibold,
  },
  row: {
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  rowHeader: {
    ...cell,
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
  },
  number: {
    ...cell,
    textAlign: 'end',
    fontVariantNumeric: 'tabular-nums',
  },
  chart: {
    marginBlockEnd: tokens.spacingVerticalM,
    maxWidth: '100%',
    overflowX: 'auto',
  },
  note: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  comment: {
    whiteSpace: 'pre-wrap',
  },
});
