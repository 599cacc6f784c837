import { makeStyles, tokens } from '@fluentui/react-components';

/** The side panel is narrow (280 px in Teams): one column, controls full width. */
export const useMeetingSidePanelStyles = makeStyles({
  intro: {
    marginBlock: `0 ${tokens.spacingVerticalM}`,
  },
  form: {
    display: 'grid',
    rowGap: tokens.spacingVerticalL,
  },
  searchBox: {
    maxWidth: 'none',
    width: '100%',
  },
  roles: {
    margin: 0,
    padding: 0,
    border: 'none',
    display: 'grid',
  },
  legend: {
    padding: 0,
    marginBlockEnd: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  hint: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  chosen: {
    margin: 0,
    fontWeight: tokens.fontWeightSemibold,
  },
  actions: {
    display: 'grid',
    rowGap: tokens.spacingVerticalS,
  },
  status: {
    margin: 0,
    minHeight: tokens.lineHeightBase300,
  },
});
