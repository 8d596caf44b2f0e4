/**
 * File names for `poa batch`: a parameter's value folded to plain ASCII
 * ("José Peña-Álvarez" -> "jose-pena-alvarez"), made unique within the batch
 * with "-2", "-3", ... suffixes.
 */

/** Letters that Unicode decomposition does not reduce to ASCII. */
const FOLDS: Record<string, string> = {
    ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ß: 'ss', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D',
    ł: 'l', Ł: 'L', þ: 'th', Þ: 'Th', ı: 'i', ħ: 'h', Ħ: 'H', ŋ: 'ng', Ŋ: 'NG'
};

const MAX_SLUG = 80;

export function slugify(value: string): string {
    const folded = [...value.normalize('NFKD')].map((c) => FOLDS[c] ?? c).join('').replace(/[\u0300-\u036f]/g, '');
    const slug = folded.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    return slug.length > MAX_SLUG ? slug.slice(0, MAX_SLUG).replace(/-+$/, '') : slug;
}

/** Hands out unique names: the first "smith", then "smith-2", "smith-3". */
export class UniqueNames {
    private readonly used = new Set<string>();

    take(base: string): string {
        let name = base;
        for (let n = 2; this.used.has(name); n++) name = `${base}-${n}`;
        this.used.add(name);
        return name;
    }
}
