import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';

interface Registry {
  getAll(): { id: string; businessObject?: { $attrs?: Record<string, string> } }[];
}
interface Canvas {
  addMarker(id: string, marker: string): void;
  zoom(level: string): void;
}

/** Our step and handover ids: BPMN's id, or the samsyn:id it carries when BPMN refused ours (a leading digit). */
const samsynIdOf = (e: { id: string; businessObject?: { $attrs?: Record<string, string> } }): string => e.businessObject?.$attrs?.['samsyn:id'] ?? e.id;

/**
 * The definition drawn by bpmn-js's viewer (pan and zoom, no editing). `marks` colours elements
 * (added, changed) for a comparison; the page lists the same changes in words beside it.
 */
export const BpmnDiagram = ({ xml, marks = {}, label }: { xml: string; marks?: Record<string, 'added' | 'changed'>; label: string }) => {
  const { t } = useTranslation('process');
  const container = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!container.current) return;
    const viewer = new NavigatedViewer({ container: container.current });
    let alive = true;
    viewer
      .importXML(xml)
      .then(() => {
        if (!alive) return;
        const canvas = viewer.get<Canvas>('canvas');
        canvas.zoom('fit-viewport');
        for (const el of viewer.get<Registry>('elementRegistry').getAll()) {
          const mark = marks[samsynIdOf(el)];
          if (mark) canvas.addMarker(el.id, mark);
        }
      })
      .catch(() => alive && setFailed(true));
    return () => {
      alive = false;
      viewer.destroy();
    };
  }, [xml, JSON.stringify(marks)]);

  return (
    <figure className="diagram-figure">
      <div ref={container} className="diagram" role="group" aria-label={label} data-testid="bpmn-diagram" />
      <figcaption>{failed ? t('diagramFailed') : t('diagramCaption')}</figcaption>
    </figure>
  );
};
