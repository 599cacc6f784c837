import { makeStyles, tokens } from '@fluentui/react-components';

export const useTabLinkStyles = makeStyles({
  link: {
    ':focus-visible': {
      outlineStyle: 'solid',
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: tokens.strokeWidthThick,
      borderRadius: tokens.borderRadiusSmall,
    },
  },
});
