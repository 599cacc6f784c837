import { makeStyles, tokens } from '@fluentui/react-components';

export const useIssuePageStyles = makeStyles({
  eyebrow: {
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground2,
  },
  meta: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  published: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontWeight: tokens.fontWeightSemibold,
  },
  article: {
    marginBlock: `${tokens.spacingVerticalM} 0`,
  },
  articleTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  byline: {
    margin: `${tokens.spacingVerticalXXS} 0 0`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  links: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
});
