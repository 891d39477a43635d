import type { MethodHandlers } from '../handler-types';
import type { ExportService } from './export-service';

export function exportHandlers(exporter: ExportService) {
  return {
    'export.defaults': () => exporter.defaults(),
    'export.plan': ({ selection }) => exporter.plan(selection),
    'export.article': (args) => exporter.article(args),
  } satisfies MethodHandlers;
}
