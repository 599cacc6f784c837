import { makeStyles, tokens } from '@fluentui/react-components';

export const useSampleLabelStyles = makeStyles({
  label: {
    alignSelf: 'flex-start',
    width: 'fit-content',
    maxWidth: '100%',
    boxSizing: 'border-box',
    marginBlock: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  compact: {
    marginBlock: `${tokens.spacingVerticalXS} 0`,
    paddingBlock: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
});
