import { makeStyles, tokens } from '@fluentui/react-components';

export const usePageTitleStyles = makeStyles({
  title: {
    marginBlock: `0 ${tokens.spacingVerticalM}`,
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
});
