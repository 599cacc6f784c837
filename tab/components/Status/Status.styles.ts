import { makeStyles, tokens } from '@fluentui/react-components';

export const useStatusStyles = makeStyles({
  loading: {
    justifyContent: 'flex-start',
    paddingBlock: tokens.spacingVerticalL,
  },
  notice: {
    marginBlock: tokens.spacingVerticalM,
  },
});
