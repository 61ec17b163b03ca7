import { useEffect } from 'react';
import { useTranslate } from 'react-admin';

/** The browser tab shows the product name in the UI's language. */
export const DocumentTitle = () => {
  const translate = useTranslate();
  const title = translate('estate.app.title');
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
};

/** The product name where a page has no title of its own (react-admin shows its default title untranslated). */
export const AppTitle = () => {
  const translate = useTranslate();
  return <>{translate('estate.app.title')}</>;
};
