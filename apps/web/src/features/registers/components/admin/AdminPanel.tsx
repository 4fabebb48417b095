import type { ReactNode } from 'react';

/** A section's admin forms, folded away under one summary so the register stays readable (keyboard: Enter or Space opens it). */
export const AdminPanel = ({ id, title, children }: { id: string; title: string; children: ReactNode }) => (
  <details className="admin-panel" data-testid={id}>
    <summary>{title}</summary>
    <div className="admin-forms">{children}</div>
  </details>
);
