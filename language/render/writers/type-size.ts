/**
 * The smallest type a writer may print (captions under signature lines, page numbers), in points.
 * New York: a power of attorney must "Be typed or printed using letters which are legible or of clear
 * type no less than twelve point in size" (N.Y. Gen. Oblig. Law § 5-1501B(1)(a), read in both its
 * current and its 2014 text: language/rules/sources-read.ts, ny1501B and ny1501B2014), so nothing in a
 * New York instrument is smaller than its 12-point body. Elsewhere captions are the customary 9 points.
 */
import type { RenderedDocument } from '../document-tree.js';

const SMALL = 9;
const NEW_YORK_MINIMUM = 12;

export function smallTypeSize(doc: RenderedDocument): number {
    return doc.properties.jurisdiction === 'NY' ? NEW_YORK_MINIMUM : SMALL;
}
