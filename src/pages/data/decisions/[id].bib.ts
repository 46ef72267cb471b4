// /data/decisions/<id>.bib; see src/data/decision-file-route.ts.
import { decisionFileRoute } from '../../../data/decision-file-route.ts';

export const { getStaticPaths, GET } = decisionFileRoute('bib');
