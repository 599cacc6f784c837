import { Link, mergeClasses, type LinkProps } from '@fluentui/react-components';
import { useTabLinkStyles } from './TabLink.styles';

/** A Fluent link with a focus outline that stays clearly visible in every Teams theme. */
export function TabLink({ className, ...props }: LinkProps) {
  const styles = useTabLinkStyles();
  return <Link {...props} className={mergeClasses(styles.link, className)} />;
}
