import { makeStyles, tokens } from '@fluentui/react-components';

export const useCaseSearchStyles = makeStyles({
  form: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(12rem, 1fr))',
    gap: tokens.spacingHorizontalM,
    marginBlockEnd: tokens.spacingVerticalM,
  },
  query: {
    gridColumn: '1 / -1',
  },
  searchBox: {
    maxWidth: 'none',
    width: '100%',
  },
  status: {
    marginBlock: tokens.spacingVerticalS,
    color: tokens.colorNeutralForeground2,
  },
});
