import { makeStyles, tokens } from '@fluentui/react-components';

export const useConfigPageStyles = makeStyles({
  form: {
    display: 'grid',
    rowGap: tokens.spacingVerticalM,
    maxWidth: '32rem',
  },
  hint: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
});
