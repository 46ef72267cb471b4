// /data/decisions/<id>.json under `astro dev`; see src/data/decision-file-route.ts.
import { decisionFileRoute } from '../../../data/decision-file-route.ts';

export const { getStaticPaths, GET } = decisionFileRoute('json');
