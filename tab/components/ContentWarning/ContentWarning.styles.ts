import { makeStyles, tokens } from '@fluentui/react-components';

export const useContentWarningStyles = makeStyles({
  root: {
    marginBlock: tokens.spacingVerticalM,
  },
  body: {
    whiteSpace: 'normal',
  },
});
