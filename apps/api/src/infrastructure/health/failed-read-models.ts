import type { ProjectionFailureReport, ProjectionProgress } from '../tokens';

/** One read model that stopped at an event, as /health shows it (operators read it in both languages). */
export interface FailedReadModel extends ProjectionFailureReport {
  message: { sv: string; en: string };
}

export const failedReadModels = (progress: ProjectionProgress): FailedReadModel[] =>
  (progress.failures?.() ?? []).map((f) => ({
    ...f,
    message: {
      sv: `Läsmodellen ${f.projection} stannade vid händelse ${f.position} (${f.type} i ${f.streamId}) och visar läget vid position ${f.standsAt ?? 0}; övriga läsmodeller är aktuella. Återuppbygg den när felet är rättat.`,
      en: `Read model ${f.projection} stopped at event ${f.position} (${f.type} in ${f.streamId}) and shows the state as of position ${f.standsAt ?? 0}; the other read models are current. Rebuild it once the fault is fixed.`,
    },
  }));
