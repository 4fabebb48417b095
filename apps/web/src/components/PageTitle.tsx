import { useEffect, useRef } from 'react';

/** The page a tab loads first leaves focus where the browser puts it, so the skip link stays the first Tab stop. */
let lastPath: string | null = null;

/** The page's h1 and the document title; after a navigation focus moves to it, so screen readers hear the new page. */
export const PageTitle = ({ children }: { children: string }) => {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${children} – Samsyn`;
  }, [children]);
  useEffect(() => {
    const path = window.location.pathname;
    if (lastPath !== null && lastPath !== path) ref.current?.focus({ preventScroll: true });
    lastPath = path;
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
};
