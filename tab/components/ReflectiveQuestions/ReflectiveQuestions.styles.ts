import { makeStyles, tokens } from '@fluentui/react-components';

export const useReflectiveQuestionsStyles = makeStyles({
  roleField: {
    maxWidth: '24rem',
    marginBlockEnd: tokens.spacingVerticalM,
  },
  group: {
    marginBlock: `${tokens.spacingVerticalM} 0`,
  },
  groupTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  questions: {
    marginBlock: tokens.spacingVerticalXS,
    paddingInlineStart: tokens.spacingHorizontalXXL,
    '& li': { marginBlock: tokens.spacingVerticalXS },
  },
  note: {
    color: tokens.colorNeutralForeground2,
  },
});
