import { makeStyles, tokens } from '@fluentui/react-components';

export const useRichTextStyles = makeStyles({
  root: {
    lineHeight: tokens.lineHeightBase400,
    fontSize: tokens.fontSizeBase300,
    '& a': { color: tokens.colorBrandForegroundLink },
    '& a:focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
    '& p': { marginBlock: tokens.spacingVerticalS },
  },
});
