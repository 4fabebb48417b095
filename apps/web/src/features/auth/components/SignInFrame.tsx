import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../../app/shell/LanguageSwitch';

/** The sign-in pages' header (name, language) and main landmark, without the signed-in shell. */
export const SignInFrame = ({ children }: { children: ReactNode }) => (
  <>
    <header className="app-header">
      <div className="brand">
        <span className="app-name">Samsyn</span>
      </div>
      <div className="header-tools">
        <LanguageSwitch />
      </div>
    </header>
    <main id="main" className="sign-in" tabIndex={-1}>
      {children}
    </main>
  </>
);
